package org.kindred.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.kindred.infrastructure.startup.ApplicationStartup;
import org.kindred.infrastructure.startup.StartupState;

/** Ready when start-up completed and the database answers now. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 3;

    @Resource(lookup = "jdbc/kindred")
    DataSource dataSource;

    @Inject
    StartupState startup;

    @Inject
    ApplicationStartup start;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("kindred-database");
        if (!start.ensureStarted()) {
            return response.down().withData("reason", startup.problem().orElse("not started")).build();
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS)
                    ? response.up().build()
                    : response.down().withData("reason", "database did not answer").build();
        } catch (SQLException e) {
            return response.down().withData("reason", "database unreachable").build();
        }
    }
}
