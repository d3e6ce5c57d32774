package org.kindred.infrastructure.persistence;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.kindred.infrastructure.config.KindredSettings;

/**
 * Names the EclipseLink platform from the configured database URL, so that EclipseLink need not
 * open a connection at deployment to guess it (a wrong URL would then fail the deployment with a
 * wall of stack traces instead of the one clear line the start-up check writes). MariaDB is served
 * by the MySQL platform: EclipseLink has no MariaDB one.
 */
public class DatabasePlatformCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        String url = ConfigProvider.getConfig()
                .getOptionalValue(KindredSettings.DB_URL, String.class).orElse("");
        String platform = url.startsWith("jdbc:h2:")
                ? "org.eclipse.persistence.platform.database.H2Platform"
                : "org.eclipse.persistence.platform.database.MySQLPlatform";
        session.getLogin().setPlatformClassName(platform);
    }
}
