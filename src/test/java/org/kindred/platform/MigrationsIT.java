package org.kindred.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kindred.it.KindredDeployment;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;

/**
 * The test database starts empty for every run (local-server.sh prepare-tests drops it), so the
 * deployment itself has migrated an empty schema on the real MariaDB/MySQL server.
 */
@ExtendWith(ArquillianExtension.class)
class MigrationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void everyMigrationAppliedSuccessfullyToTheEmptySchema() throws IOException, SQLException {
        Set<String> shipped;
        try (Stream<Path> files = Files.list(Path.of("main/resources/db/migration"))) {
            shipped = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> applied = new TreeSet<>(TestDatabase.strings(
                "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL"));
        assertEquals(shipped, applied);
        assertEquals(List.of(), TestDatabase.strings("SELECT version FROM flyway_schema_history WHERE success = 0"));
    }

    @Test
    void schemaHasTheTablesTheEntitiesMapTo() throws SQLException {
        List<String> tables = TestDatabase.strings(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()");
        assertTrue(tables.containsAll(List.of("organisation", "site", "room", "person", "person_role",
                "password_setup_token")), () -> "tables: " + tables);
    }

    @Test
    void readinessCoversTheDatabase() {
        WebClient.Page ready = new WebClient().get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.contains("kindred-database"), ready.body());
        assertTrue(ready.contains("\"UP\""), ready.body());
        assertEquals(200, new WebClient().get("/health/live").status());
    }
}
