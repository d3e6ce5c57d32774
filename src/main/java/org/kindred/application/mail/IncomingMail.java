package org.kindred.application.mail;

/**
 * A message found in the scheduling mailbox: its sender, as the From header gives it, and the text of
 * its text/calendar part (null when it has none). {@code reference} identifies it in logs without
 * content.
 */
public record IncomingMail(String reference, String from, String calendar) {

    @Override
    public String toString() {
        return "IncomingMail[" + reference + "]";
    }
}
