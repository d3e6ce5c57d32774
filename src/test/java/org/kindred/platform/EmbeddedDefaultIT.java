package org.kindred.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
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
        demoReportHoldsAgainstAnAttacker();

        script("stop");
        script("run-demo", Path.of(System.getProperty("kindred.it.war", "../target/kindred.war"))
                .toAbsolutePath().toString());
        assertEquals(19, demoPeopleSeenByAdmin(), "a second start keeps the data and does not duplicate it");
    }

    @Test
    void aWrongDatabaseSettingIsNamedInOneLineNotAStackTrace() throws Exception {
        Path war = Path.of(System.getProperty("kindred.it.war", "../target/kindred.war")).toAbsolutePath();
        Map<String, String> unreachable = Map.of("KINDRED_DB_URL", "jdbc:mysql://127.0.0.1:1/kindred",
                "KINDRED_DB_USER", "kindred", "KINDRED_DB_PASSWORD", "wrong",
                "KINDRED_DRIVERS_DIR", System.getProperty("kindred.it.drivers", "../target/it-server/drivers"));

        // The run command checks the database before deploying and names the settings.
        RunResult refused = run(unreachable, "run-demo", war.toString());
        assertEquals(1, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("Kindred cannot reach the database set by KINDRED_DB_URL"), refused.output());
        assertTrue(refused.output().contains("Communications link failure"), refused.output());
        assertFalse(refused.output().contains("\tat "), "no stack trace");

        // A deployed Kindred whose server restarts with a broken setting stays up, is not ready, and says
        // which setting in one log line and on /health/ready.
        deleteRecursively(DATA);
        script("run-demo", war.toString());
        script("stop");
        Path serverLog = PAYARA.resolve("glassfish/domains/domain1/logs/server.log");
        Files.deleteIfExists(serverLog);
        RunResult started = run(Map.of("KINDRED_DB_URL", "jdbc:h2:file:" + DATA.toAbsolutePath() + "/absent;IFEXISTS=TRUE",
                "KINDRED_DB_USER", "kindred", "KINDRED_DB_PASSWORD", "kindred"), "start");
        assertEquals(0, started.exitCode(), started.output());
        String ready = awaitReadinessVerdict();
        assertTrue(ready.contains("Setting kindred.db.url (environment variable KINDRED_DB_URL) does not lead to a usable database"),
                ready);
        List<String> lines = Files.readAllLines(serverLog).stream()
                .filter(line -> line.contains("Kindred cannot start.")).toList();
        assertEquals(1, lines.size(), "one line: " + lines);
        assertTrue(lines.get(0).contains("Setting kindred.db.url (environment variable KINDRED_DB_URL)"), lines.get(0));
    }

    /** Polls /health/ready until the application has decided: UP, or DOWN with its reason. */
    private static String awaitReadinessVerdict() throws InterruptedException {
        WebClient client = new WebClient("http://127.0.0.1:" + (8080 + OFFSET));
        String body = "";
        for (int i = 0; i < 120; i++) {
            try {
                body = client.get("/health/ready").body();
            } catch (AssertionError notYetListening) {
                body = "";
            }
            if (body.contains("kindred-database")) {
                return body;
            }
            Thread.sleep(1000);
        }
        return body;
    }

    @BeforeEach
    void stopped() throws Exception {
        script("stop");
    }

    @AfterAll
    static void stop() throws Exception {
        script("stop");
    }

    /**
     * The demo's report, as its organiser reads it: last term's months are released, and an attacker
     * reading each month's published lines narrows no hidden count to fewer than three values.
     */
    private static void demoReportHoldsAgainstAnAttacker() {
        WebClient organiser = new WebClient("http://127.0.0.1:" + (8080 + OFFSET));
        assertEquals(302, organiser.signIn("olivia.organiser@demo.kindred.test", "kindred-demo").status());
        Page report = organiser.api("GET", "/api/reports", null);
        assertEquals(200, report.status(), report.body());
        int monthsWithFigures = 0;
        for (jakarta.json.JsonString month : report.json().getJsonArray("released").getValuesAs(jakarta.json.JsonString.class)) {
            Page released = organiser.api("GET", "/api/reports?month=" + month.getString(), null);
            assertEquals(200, released.status(), released.body());
            jakarta.json.JsonArray lines = released.json().getJsonArray("groups");
            monthsWithFigures += lines.size() > 1 ? 1 : 0;
            assertEquals(List.of(), org.kindred.application.disclosure.ReportAttacker.narrowed(
                    org.kindred.application.disclosure.ReportAttacker.lines(lines), null), released.body());
        }
        assertTrue(monthsWithFigures >= 3, "last term's months are released: " + report.body());
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
        RunResult run = run(Map.of(), args);
        assertEquals(0, run.exitCode(), run.output());
        return run.output();
    }

    private static RunResult run(Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("kindred-run", ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("../config/payara/local-server.sh").toString());
        builder.command().addAll(List.of(args));
        builder.environment().keySet().removeIf(name -> name.startsWith("KINDRED_"));
        builder.environment().put("PAYARA_HOME", PAYARA.toAbsolutePath().toString());
        builder.environment().put("KINDRED_PORT_OFFSET", String.valueOf(OFFSET));
        builder.environment().put("KINDRED_DATA_DIR", DATA.toAbsolutePath().toString());
        builder.environment().putAll(environment);
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(6, TimeUnit.MINUTES), "the run script finished");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new RunResult(process.exitValue(), output);
    }

    private record RunResult(int exitCode, String output) {
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
