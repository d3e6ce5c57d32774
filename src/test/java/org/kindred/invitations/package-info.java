/** Calendar invitations end to end: GreenMail as the real SMTP and IMAP server, Payara and MariaDB. */
package org.kindred.invitations;
