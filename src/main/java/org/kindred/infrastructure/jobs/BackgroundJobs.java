package org.kindred.infrastructure.jobs;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.kindred.application.PortalSettings;
import org.kindred.application.account.AccountService;
import org.kindred.application.attendance.Retention;
import org.kindred.application.evaluation.DayAfterEvaluationMail;
import org.kindred.application.invitation.InvitationSettings;
import org.kindred.application.invitation.OutboxQueued;
import org.kindred.application.invitation.OutboxSender;
import org.kindred.application.invitation.Reminders;
import org.kindred.application.invitation.ReplyPoller;
import org.kindred.application.report.Releases;
import org.kindred.domain.model.invitation.InvitationOutbox;
import org.kindred.domain.model.invitation.ReplyLinkLedger;
import org.kindred.infrastructure.config.MicroProfileInvitationSettings;
import org.kindred.infrastructure.config.MicroProfileRetentionSettings;
import org.kindred.infrastructure.security.SessionAuthenticationMechanism;

/**
 * Starts the timers once the application is ready, and wakes the sender as soon as a transaction
 * that queued mail has committed, so an invitation leaves within a second rather than at the next
 * tick. At most one drain runs at a time in this instance; a wake-up during a drain makes it go round
 * once more. Housekeeping (delivered mail after 30 days, used links after they expire, the newest
 * month's report released for organisations that do not have it yet) runs hourly.
 * The day-after evaluation emails have a timer of their own at the reminders' interval, so that a
 * failing reminder run does not hold them up, nor they it.
 */
@ApplicationScoped
public class BackgroundJobs {

    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());
    static final Duration KEEP_SENT = Duration.ofDays(30);
    /** How often the rows of sessions past their limits are removed (ADR 0024). */
    static final Duration SESSION_CLEANUP = Duration.ofMinutes(5);

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    OutboxSender sender;

    @Inject
    ReplyPoller replies;

    @Inject
    Reminders reminders;

    @Inject
    InvitationOutbox outbox;

    @Inject
    ReplyLinkLedger ledger;

    @Inject
    MicroProfileInvitationSettings settings;

    @Inject
    InvitationSettings invitationSettings;

    @Inject
    Retention retention;

    @Inject
    MicroProfileRetentionSettings retentionSettings;

    @Inject
    DayAfterEvaluationMail evaluationMail;

    @Inject
    Releases releases;

    @Inject
    PortalSettings portal;

    @Inject
    Clock clock;

    @Inject
    SessionAuthenticationMechanism signIn;

    @Inject
    AccountService accounts;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final List<ScheduledFuture<?>> timers = new ArrayList<>();
    private volatile Instant lastHousekeeping = Instant.MIN;

    public synchronized void start() {
        if (!timers.isEmpty()) {
            return;
        }
        timers.add(every(settings.outboxPollInterval(), "outbox", this::drain));
        timers.add(every(settings.imapPollInterval(), "replies", replies::poll));
        timers.add(every(settings.reminderPollInterval(), "reminders", this::remindAndTidy));
        timers.add(every(settings.reminderPollInterval(), "evaluation emails", evaluationMail::queueDue));
        timers.add(every(retentionSettings.pollInterval(), "retention", retention::run));
        timers.add(every(SESSION_CLEANUP, "sessions", signIn::endStaleSessions));
        LOG.info("background jobs started");
    }

    @jakarta.annotation.PreDestroy
    public synchronized void stop() {
        timers.forEach(t -> t.cancel(false));
        timers.clear();
    }

    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxQueued queued) {
        if (executor == null || timers.isEmpty()) {
            return; // not started yet: the first tick sends it
        }
        try {
            executor.execute(() -> guarded("outbox", this::drain));
        } catch (RuntimeException e) {
            LOG.fine("the sender could not be woken; the next tick sends the mail");
        }
    }

    private void drain() {
        if (!draining.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                sender.drain();
            } while (again.get());
        } finally {
            draining.set(false);
        }
    }

    private void remindAndTidy() {
        reminders.queueDue();
        Instant now = clock.instant();
        if (now.isAfter(lastHousekeeping.plus(Duration.ofHours(1)))) {
            lastHousekeeping = now;
            int purged = outbox.purgeSent(now.minus(KEEP_SENT));
            int links = ledger.purge(now.minus(invitationSettings.replyLinkValidity()));
            if (purged + links > 0) {
                LOG.info(() -> "housekeeping: " + purged + " delivered emails and " + links + " used links removed");
            }
            int changes = accounts.purgeEmailChanges(now.minus(Duration.ofDays(7)));
            if (changes > 0) {
                LOG.info(() -> "housekeeping: " + changes + " used or expired email change links removed");
            }
            int released = releases.releaseDue(portal.timeZone());
            if (released > 0) {
                LOG.info(() -> "housekeeping: the newest month's report released for " + released + " organisations");
            }
        }
    }

    private ScheduledFuture<?> every(Duration interval, String name, Runnable job) {
        long millis = interval.toMillis();
        return executor.scheduleWithFixedDelay(() -> guarded(name, job), Math.min(millis, 1000), millis,
                TimeUnit.MILLISECONDS);
    }

    /**
     * A run that fails is logged by kind and the timer carries on: an exception escaping a run would
     * cancel the timer for good. Only an error of the JVM itself is let through.
     */
    private static void guarded(String name, Runnable job) {
        try {
            job.run();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            LOG.warning(() -> name + " job run failed: " + e.getClass().getSimpleName());
        }
    }
}
