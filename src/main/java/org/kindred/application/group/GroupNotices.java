package org.kindred.application.group;

import java.util.List;

/**
 * What happened to a group that someone must be told by email. Fired inside the transaction and
 * mailed by the invitation package's GroupMail, written to the outbox in the same transaction, so a mail
 * outage never undoes a join or a leave.
 * Each carries the recipient's address, loaded in the transaction, and no group content.
 */
public final class GroupNotices {

    private GroupNotices() {
    }

    /** A seat came free and the first person on the waitlist now holds it. */
    public record Promoted(long personId, String email) {
        @Override
        public String toString() {
            return "Promoted[" + personId + "]"; // never the address: this may be logged
        }
    }

    /** A facilitator invited this person to a group. */
    public record Invited(long personId, String email) {
        @Override
        public String toString() {
            return "Invited[" + personId + "]";
        }
    }

    /** These people should accept a group's ground rules; each link works once. */
    public record RulesToAccept(long groupId, List<Recipient> recipients) {
    }

    /** One person and the secret of their single-use acceptance link. */
    public record Recipient(long personId, String email, String secret) {
        @Override
        public String toString() {
            return "Recipient[" + personId + "]";
        }
    }
}
