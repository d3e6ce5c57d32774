package org.kindred.application.mail;

/** The SMTP server could not be reached or refused a message. */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
