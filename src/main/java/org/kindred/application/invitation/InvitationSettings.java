package org.kindred.application.invitation;

import java.time.Duration;
import java.util.Optional;

/** The runtime settings of invitations and their delivery; implemented on MicroProfile Config. */
public interface InvitationSettings {

    /** The organisation's scheduling mailbox: ORGANIZER of every invitation, where replies arrive. */
    String organiserMailbox();

    /** The delay before the first retry; each later retry waits twice as long, up to {@link #maxRetryDelay()}. */
    Duration firstRetryDelay();

    Duration maxRetryDelay();

    /** How long the sender keeps trying before it marks a message failed and alerts the organisers. */
    Duration giveUpAfter();

    /** How long an accept or decline link in an email works. */
    Duration replyLinkValidity();

    /** The secret that signs those links, if the operator set one (otherwise one is kept in the database). */
    Optional<String> linkSecret();

    /** Whether replies are read from the scheduling mailbox over IMAP. */
    boolean readReplies();
}
