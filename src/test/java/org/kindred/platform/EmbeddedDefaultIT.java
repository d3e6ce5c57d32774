package org.kindred.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * The README's run command path, on its embedded default database: a Payara of its own (ports
 * +21000), started by the same script the run command uses, with the same demo data. Started twice,
 * to prove that the data is kept on disk and not loaded twice.
 */
class EmbeddedDefaultIT {

    private static final int OFFSET = 21000;
    private static final Path PAYARA = Path.of(System.getProperty("kindred.it.smoke.payara.home",
            "../target/smoke-server/payara6"));
    private static final Path DATA = Path.of(System.getProperty("kindred.it.smoke.data", "../target/smoke-data"));
    private static final Pattern DEMO_ADDRESS = Pattern.compile("@demo\\.kindred\\.test");

    @Test
    void runCommandServesTheLoginPageAndKeepsItsDataAcrossRestarts() throws Exception {
        deleteRecursively(DATA);
        String firstRun = script("run-demo", Path.of(System.getProperty("kindred.it.war", "../target/kindred.war"))
                .toAbsolutePath().toString());
        assertTrue(firstRun.contains("Kindred is running: http://localhost:" + (8080 + OFFSET)), firstRun);
        assertTrue(firstRun.contains("fran.facilitator@demo.kindred.test"), "prints the demo logins");

        WebClient browser = new WebClient("http://127.0.0.1:" + (8080 + OFFSET));
        Page login = browser.get("/login.xhtml");
        assertEquals(200, login.status());
        assertTrue(login.contains("Sign in"));
        assertEquals(302, browser.signIn("fran.facilitator@demo.kindred.test", "kindred-demo").status(),
                "a demo facilitator can sign in");
        assertEquals(19, demoPeopleSeenByAdmin(), "two facilitators, fifteen participants, an organiser, an admin");

        script("stop");
        script("run-demo", Path.of(System.getProperty("kindred.it.war", "../target/kindred.war"))
                .toAbsolutePath().toString());
        assertEquals(19, demoPeopleSeenByAdmin(), "a second start keeps the data and does not duplicate it");
    }

    @AfterAll
    static void stop() throws Exception {
        script("stop");
    }

    private static long demoPeopleSeenByAdmin() {
        WebClient admin = new WebClient("http://127.0.0.1:" + (8080 + OFFSET));
        assertEquals(302, admin.signIn("ada.admin@demo.kindred.test", "kindred-demo").status());
        Page people = admin.get("/admin/people.xhtml");
        assertEquals(200, people.status());
        // Each address appears once in the table.
        return DEMO_ADDRESS.matcher(people.body()).results().count();
    }

    private static String script(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile("kindred-run", ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("../config/payara/local-server.sh").toString());
        builder.command().addAll(java.util.List.of(args));
        builder.environment().put("PAYARA_HOME", PAYARA.toAbsolutePath().toString());
        builder.environment().put("KINDRED_PORT_OFFSET", String.valueOf(OFFSET));
        builder.environment().put("KINDRED_DATA_DIR", DATA.toAbsolutePath().toString());
        builder.environment().remove("KINDRED_DB_URL");
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(6, TimeUnit.MINUTES), "the run script finished");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
