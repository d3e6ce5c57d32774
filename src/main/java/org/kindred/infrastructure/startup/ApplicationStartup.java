package org.kindred.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.kindred.application.account.AccountException;
import org.kindred.application.account.FirstAdmin;
import org.kindred.application.mail.MailDeliveryException;
import org.kindred.infrastructure.config.KindredSettings;
import org.kindred.infrastructure.config.MicroProfileInvitationSettings;
import org.kindred.infrastructure.config.MicroProfileRetentionSettings;
import org.kindred.infrastructure.config.MicroProfileSecondFactorSettings;
import org.kindred.infrastructure.config.SettingException;
import org.kindred.infrastructure.demo.DemoData;
import org.kindred.infrastructure.jobs.BackgroundJobs;
import org.kindred.infrastructure.mail.DemoMailServer;
import org.kindred.infrastructure.persistence.DatabaseMigrations;
import org.kindred.infrastructure.security.SessionAuthenticationMechanism;

/**
 * Runs during deployment, before the first request is served. A wrong setting produces one log line
 * that names it (and the same text on /health/ready), not a deployment failure with a stack trace:
 * the server stays up, readiness says DOWN, and the operator knows what to fix.
 */
@ApplicationScoped
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Inject
    KindredSettings settings;

    @Inject
    DatabaseMigrations migrations;

    @Inject
    DemoData demoData;

    @Inject
    DemoMailServer demoMailServer;

    @Inject
    FirstAdmin firstAdmin;

    @Inject
    StartupState state;

    @Inject
    BackgroundJobs jobs;

    @Inject
    MicroProfileInvitationSettings invitationSettings;

    @Inject
    MicroProfileRetentionSettings retentionSettings;

    @Inject
    SessionAuthenticationMechanism authentication;

    @Inject
    MicroProfileSecondFactorSettings secondFactorSettings;

    private static final Duration RETRY_INTERVAL = Duration.ofSeconds(10);

    private Instant lastAttempt = Instant.MIN;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        start();
    }

    /**
     * True once start-up has completed. While it has not, tries again at most every
     * {@link #RETRY_INTERVAL}: a server restarted while the database was down becomes ready by itself
     * when the database answers again. Called by the readiness check.
     */
    public synchronized boolean ensureStarted() {
        if (!state.isReady() && Instant.now().isAfter(lastAttempt.plus(RETRY_INTERVAL))) {
            start();
        }
        return state.isReady();
    }

    private synchronized void start() {
        lastAttempt = Instant.now();
        try {
            settings.timeZone();
            settings.baseUrl();
            invitationSettings.check();
            retentionSettings.check();
            authentication.check();
            secondFactorSettings.check();
            if (settings.demoEnabled()) {
                demoMailServer.start(settings.demoSmtpPort());
            }
            migrations.migrate(settings);
            if (settings.demoEnabled()) {
                demoData.seedIfAbsent();
            } else {
                inviteFirstAdmin();
            }
            state.ready();
            jobs.start();
            LOG.info(settings.demoEnabled() ? "Kindred is ready (demo mode)" : "Kindred is ready");
        } catch (SettingException e) {
            fail(e.getMessage());
        } catch (RuntimeException e) {
            fail("start-up failed: " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
        }
    }

    private void inviteFirstAdmin() {
        settings.bootstrapAdminEmail().ifPresent(email -> {
            try {
                firstAdmin.inviteIfNoAdmin(email, settings.bootstrapAdminName(), settings.organisationName(),
                                settings.timeZone())
                        .ifPresent(id -> LOG.info(() -> "first admin invited: person " + id));
            } catch (MailDeliveryException e) {
                // Nothing was saved; the next start tries again.
                LOG.warning("the first admin's invitation could not be sent; check kindred.smtp.* and restart");
            } catch (IllegalArgumentException | AccountException e) {
                throw new SettingException(KindredSettings.BOOTSTRAP_ADMIN_EMAIL, "is not usable: " + e.getMessage());
            }
        });
    }

    /** Logs a reason once: retries that fail the same way stay quiet. */
    private void fail(String reason) {
        boolean news = !reason.equals(state.problem().orElse(null));
        state.failed(reason);
        if (news) {
            LOG.severe("Kindred cannot start. " + reason);
        } else {
            LOG.fine(() -> "still cannot start: " + reason);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
