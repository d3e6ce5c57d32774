package org.kindred.application.mail;

/**
 * What became of one message handed to the SMTP server. A permanent failure (the server refused the
 * address) is not tried again; any other failure is.
 */
public record Delivery(long outboxId, boolean delivered, boolean permanent, String error) {

    public static Delivery ok(long outboxId) {
        return new Delivery(outboxId, true, false, null);
    }

    public static Delivery failed(long outboxId, boolean permanent, String error) {
        return new Delivery(outboxId, false, permanent, error);
    }
}
