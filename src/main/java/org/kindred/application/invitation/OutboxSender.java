package org.kindred.application.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    /** @return how many messages were delivered */
    public int drain() {
        int delivered = 0;
        while (true) {
            List<OutgoingMail> batch = claims.claim(BATCH);
            if (batch.isEmpty()) {
                return delivered;
            }
            List<Delivery> results = mailer.deliver(batch);
            int failedForGood = claims.settle(results);
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
}
