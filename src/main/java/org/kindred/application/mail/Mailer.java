package org.kindred.application.mail;

/** Sends one email at once through the configured SMTP server, for a person waiting on the answer. */
public interface Mailer {

    /** @throws MailDeliveryException when the server cannot be reached or refuses the message */
    void send(MailMessage message);
}
