package org.kindred.application.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kindred.domain.model.session.Recurrence;

/** Demo mode only: the mail Kindred has sent, as the embedded mail server received it. */
public interface DemoMailbox {

    boolean available();

    /**
     * One page of the mailbox, newest first.
     *
     * @param recipient only mail to addresses containing this (ignoring case); null or blank for all
     */
    MailboxPage page(String recipient, int first, int size);

    /** The message as it was received (RFC 5322 with its MIME parts), to download as an .eml file. */
    Optional<byte[]> raw(int number);

    /** The message's text/calendar part, to download as an .ics file. */
    Optional<CalendarPart> calendar(int number);

    /**
     * @param number     the message's place in the mailbox, from 1 for the oldest: stable while it runs
     * @param html       the HTML alternative, or null
     * @param invitation the calendar part as a card, or null when there is none
     */
    record DeliveredMail(int number, String to, String subject, Instant sent, String body, String html,
                         Invitation invitation) {
    }

    /**
     * @param recurrence how a series repeats, or null for a single session (or a rule Kindred does not offer)
     * @param accept     the message's own "I will attend" link, or null
     * @param decline    the message's own "I cannot attend" link, or null
     */
    record Invitation(String method, String title, Instant start, Instant end, Recurrence recurrence,
                      String accept, String decline) {
    }

    record CalendarPart(String method, String text) {
    }

    record MailboxPage(List<DeliveredMail> mails, int total) {
    }
}
