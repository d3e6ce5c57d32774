package org.kindred.application.mail;

import java.util.Objects;

/**
 * One email from the outbox: plain text and HTML alternatives and, for an invitation, an iCalendar
 * part with its iTIP method. Its Message-ID is fixed by the outbox, so a retry is the same message.
 */
public record OutgoingMail(long outboxId, String messageId, String to, String subject, String text, String html,
                           String calendarMethod, String calendar) {

    public OutgoingMail {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if ((calendar == null) != (calendarMethod == null)) {
            throw new IllegalArgumentException("a calendar part needs its method");
        }
    }

    @Override
    public String toString() {
        return "OutgoingMail[" + outboxId + "]"; // never the address: this may be logged
    }
}
