package org.kindred.application.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.kindred.application.Retry;
import org.kindred.application.mail.Inbox;
import org.kindred.application.mail.IncomingMail;
import org.kindred.application.mail.MailDeliveryException;
import org.kindred.domain.model.invitation.MalformedReplyException;

/**
 * Reads the scheduling mailbox on a timer. Each message is handled on its own: a malformed, forged or
 * unknown reply is skipped and logged by its mailbox reference, and the next one is still read. When
 * the database is unreachable the poll stops and every message stays unread for the next one, without
 * counting against it; a message that fails on its own is tried again at most {@link #MAX_TRIES} times.
 */
@ApplicationScoped
public class ReplyPoller {

    private static final Logger LOG = Logger.getLogger(ReplyPoller.class.getName());
    static final int MAX_PER_POLL = 200;
    static final int MAX_TRIES = 5;

    @Inject
    Inbox inbox;

    @Inject
    ReplyService replies;

    @Inject
    InvitationSettings settings;

    private final Map<String, Integer> tries = new ConcurrentHashMap<>();
    private volatile boolean mailboxWasDown;
    private volatile boolean databaseDown;

    /** @return how many messages were looked at */
    public int poll() {
        if (!settings.readReplies()) {
            return 0;
        }
        databaseDown = false;
        try {
            int seen = inbox.poll(MAX_PER_POLL, this::handle);
            if (mailboxWasDown) {
                mailboxWasDown = false;
                LOG.info("the scheduling mailbox can be read again");
            }
            return seen;
        } catch (MailDeliveryException e) {
            if (!mailboxWasDown) {
                LOG.warning(() -> e.getMessage() + "; replies wait there until it can be read");
            }
            mailboxWasDown = true;
            return 0;
        }
    }

    boolean handle(IncomingMail mail) {
        if (databaseDown) {
            return false; // leave the rest of this poll for the next one
        }
        if (mail.calendar() == null) {
            LOG.info(() -> "mail " + mail.reference() + " in the scheduling mailbox is not a calendar reply; skipped");
            return true;
        }
        try {
            ReplyOutcome outcome = replies.fromMail(mail);
            tries.remove(mail.reference());
            if (outcome == ReplyOutcome.NOT_INVITED) {
                LOG.info(() -> "reply " + mail.reference() + " is from someone not invited; ignored");
            }
            return true;
        } catch (MalformedReplyException e) {
            LOG.info(() -> "reply " + mail.reference() + " rejected: " + e.getMessage());
            return true;
        } catch (RuntimeException e) {
            if (Retry.isInfrastructure(e)) {
                databaseDown = true;
                LOG.warning(() -> "replies wait: the database is unreachable (" + e.getClass().getSimpleName() + ")");
                return false;
            }
            int tried = tries.merge(mail.reference(), 1, Integer::sum);
            LOG.warning(() -> "reply " + mail.reference() + " not processed (" + e.getClass().getSimpleName()
                    + "), attempt " + tried + " of " + MAX_TRIES);
            if (tried >= MAX_TRIES) {
                tries.remove(mail.reference());
                return true;
            }
            return false;
        }
    }
}
