/**
 * Jakarta Mail: the only package that imports it. Sessions are built from the kindred.smtp.* and
 * kindred.imap.* settings; demo mode adds an embedded mail server so that sent mail can be read.
 */
package org.kindred.infrastructure.mail;
