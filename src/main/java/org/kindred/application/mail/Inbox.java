package org.kindred.application.mail;

import java.util.function.Predicate;

/** The organisation's scheduling mailbox, read over IMAP. */
public interface Inbox {

    /**
     * Hands each unread message to {@code handler}, oldest first, at most {@code max}. A message the
     * handler accepts (true) is marked read; one it returns false for (a passing fault, such as the
     * database being down) stays unread, to be handed over again next time.
     *
     * @return how many messages were handed over
     * @throws MailDeliveryException when the mailbox cannot be reached
     */
    int poll(int max, Predicate<IncomingMail> handler);
}
