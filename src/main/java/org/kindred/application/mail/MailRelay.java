package org.kindred.application.mail;

import java.util.List;

/** Hands the outbox's mail to the SMTP server. */
public interface MailRelay {

    /**
     * Hands a batch to the SMTP server over one connection and says, for each, whether it went. Never
     * throws for a single message: an unreachable server fails every message of the batch.
     */
    List<Delivery> deliver(List<OutgoingMail> batch);
}
