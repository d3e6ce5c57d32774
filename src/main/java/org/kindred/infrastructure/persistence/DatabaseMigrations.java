package org.kindred.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.kindred.infrastructure.config.KindredSettings;
import org.kindred.infrastructure.config.SettingException;

/**
 * Brings the schema up to date with the versioned migrations in db/migration, on MySQL/MariaDB and
 * on the embedded H2 alike. Runs outside any JTA transaction: Flyway manages its own.
 */
@ApplicationScoped
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "jdbc/kindred")
    DataSource dataSource;

    /**
     * Opens one connection first, so that a wrong setting is reported as the setting it is.
     *
     * @throws SettingException naming the database setting that is missing or wrong
     */
    public void migrate(KindredSettings settings) {
        if (settings.databaseUrl().isEmpty()) {
            throw new SettingException(KindredSettings.DB_URL, "is not set");
        }
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            LOG.fine(() -> "database reachable: " + product);
        } catch (SQLException e) {
            throw DatabaseSettingsProblem.describe(e);
        }
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
