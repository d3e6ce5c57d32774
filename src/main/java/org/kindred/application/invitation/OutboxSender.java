package org.kindred.application.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.kindred.application.mail.Delivery;
import org.kindred.application.mail.MailRelay;
import org.kindred.application.mail.OutgoingMail;

/**
 * Delivers the outbox: claims a batch, hands it to the SMTP server over one connection, records the
 * outcome, and goes on while there is more and the server takes it. Runs on a timer and whenever a
 * transaction has queued mail; several instances share the work without sending anything twice.
 * Logs carry counts only.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    static final int BATCH = 50;

    @Inject
    OutboxClaims claims;

    @Inject
    MailRelay mailer;

    private volatile boolean serverWasDown;

    /**
     * Outcomes the SMTP server has given but the database could not record (it went down between the
     * claim and the settling). Kept until it can: otherwise the delivered messages would wait out
     * their lease and go out a second time.
     */
    private final List<Delivery> unsettled = new ArrayList<>();

    /** @return how many messages were delivered */
    public int drain() {
        settleLeftovers();
        int delivered = 0;
        while (true) {
            List<OutgoingMail> batch = claims.claim(BATCH);
            if (batch.isEmpty()) {
                return delivered;
            }
            List<Delivery> results = mailer.deliver(batch);
            int failedForGood;
            try {
                failedForGood = claims.settle(results);
            } catch (RuntimeException e) {
                synchronized (unsettled) {
                    unsettled.addAll(results);
                }
                LOG.warning(() -> results.size() + " outgoing emails handed to the mail server could not be recorded ("
                        + e.getClass().getSimpleName() + "); recorded when the database answers again");
                throw e;
            }
            long ok = results.stream().filter(Delivery::delivered).count();
            long retrying = results.size() - ok - failedForGood;
            delivered += (int) ok;
            if (failedForGood > 0) {
                LOG.warning(() -> failedForGood + " outgoing emails failed for good; organisers alerted");
            }
            if (retrying > 0) {
                if (!serverWasDown) {
                    LOG.warning(() -> retrying + " outgoing emails not accepted by the mail server; they will be retried");
                }
                serverWasDown = true;
                return delivered; // the server is struggling: wait for the next round instead of spinning
            }
            if (serverWasDown && ok > 0) {
                serverWasDown = false;
                LOG.info("the mail server accepts outgoing email again");
            }
        }
    }

    private void settleLeftovers() {
        synchronized (unsettled) {
            if (unsettled.isEmpty()) {
                return;
            }
            claims.settle(List.copyOf(unsettled)); // throws while the database is still away: kept for next time
            int settled = unsettled.size();
            unsettled.clear();
            LOG.info(() -> settled + " outgoing emails delivered during a database outage are now recorded");
        }
    }
}
