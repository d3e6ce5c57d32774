/** The outgoing-mail port. Jakarta Mail is imported only by its adapter in infrastructure.mail. */
package org.kindred.application.mail;
