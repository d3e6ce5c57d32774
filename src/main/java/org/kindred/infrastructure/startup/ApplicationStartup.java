package org.kindred.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.kindred.infrastructure.config.KindredSettings;
import org.kindred.infrastructure.config.SettingException;
import org.kindred.infrastructure.demo.DemoData;
import org.kindred.infrastructure.mail.DemoMailServer;
import org.kindred.infrastructure.persistence.DatabaseMigrations;

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
    StartupState state;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        try {
            settings.timeZone();
            settings.baseUrl();
            if (settings.demoEnabled()) {
                demoMailServer.start(settings.demoSmtpPort());
            }
            migrations.migrate(settings);
            if (settings.demoEnabled()) {
                demoData.seedIfAbsent();
            }
            state.ready();
            LOG.info(settings.demoEnabled() ? "Kindred is ready (demo mode)" : "Kindred is ready");
        } catch (SettingException e) {
            fail(e.getMessage());
        } catch (RuntimeException e) {
            fail("start-up failed: " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
        }
    }

    private void fail(String reason) {
        state.failed(reason);
        LOG.severe("Kindred cannot start. " + reason);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
