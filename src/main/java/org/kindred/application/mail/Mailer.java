package org.kindred.application.mail;

/** Sends mail through the configured SMTP server. */
public interface Mailer {

    /** @throws MailDeliveryException when the server cannot be reached or refuses the message */
    void send(MailMessage message);
}
