package org.kindred.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kindred.it.TestDatabase;

/**
 * Runs after every other integration test (its own failsafe execution, after the servers stopped):
 * the server logs of the whole suite hold no person's name and no email address but the system's own
 * mailboxes. The names are every person the suite created, read from the test database.
 */
class ServerLogIT {

    /** Addresses that belong to the system, not to a person. */
    private static final Set<String> SYSTEM_ADDRESSES = Set.of("scheduling@kindred.test");

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    @Test
    void noNameOrEmailAddressInTheServerLogs() throws Exception {
        List<Path> logs = new ArrayList<>();
        for (String home : List.of(System.getProperty("kindred.it.payara.home", "../target/it-server/payara6"),
                System.getProperty("kindred.it.smoke.payara.home", "../target/smoke-server/payara6"))) {
            Path dir = Path.of(home, "glassfish", "domains", "domain1", "logs");
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.getFileName().toString().startsWith("server.log")).forEach(logs::add);
                }
            }
        }
        assertFalse(logs.isEmpty(), "no server log found: did the integration tests run?");
        List<String> names = TestDatabase.strings("SELECT DISTINCT display_name FROM person");
        List<String> findings = new ArrayList<>();
        for (Path log : logs) {
            String text = read(log);
            for (String name : names) {
                if (name.length() >= 5 && text.contains(name)) {
                    findings.add(log.getFileName() + ": the name \"" + name + "\"");
                }
            }
            Matcher email = EMAIL.matcher(text);
            while (email.find()) {
                if (!SYSTEM_ADDRESSES.contains(email.group())) {
                    findings.add(log.getFileName() + ": the address " + email.group());
                }
            }
        }
        assertTrue(findings.isEmpty(), "personal data in the server log:\n" + String.join("\n", findings));
    }

    private static String read(Path log) throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    }
}
