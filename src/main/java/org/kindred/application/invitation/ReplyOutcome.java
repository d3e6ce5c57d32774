package org.kindred.application.invitation;

/** What became of one message in the scheduling mailbox. Only RETRY leaves it unread. */
public enum ReplyOutcome {
    /** The answer is stored. */
    RECORDED,
    /** Not an iMIP REPLY Kindred can use: malformed, forged or for an unknown event. Skipped. */
    REJECTED,
    /** From someone who is not invited to that event. Ignored. */
    NOT_INVITED,
    /** A passing fault (the database, say): read it again next time. */
    RETRY
}
