package org.kindred.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * The benchmark's measurements that need a client of their own (the page throughput is wrk's, in
 * config/benchmark/benchmark.sh). Each prints {@code key=value} lines for the script to collect.
 *
 * <pre>
 *   Benchmark login EMAIL                 sign in; prints the session cookie, for wrk
 *   Benchmark statements SERVER_LOG       statements per page at the edges (1 group of 1, 20 groups, one of 200)
 *   Benchmark session-size                a facilitator's typical journey, then the session's serialized size
 *   Benchmark clash                       a 52-week series checked against the seeded bookings, through the API
 *   Benchmark invitations SMTP_PORT       the outbox's delivery rate against a plain client's, to one SMTP server
 *   Benchmark import ROWS                 a people import of ROWS new staff: the preview, and applying it
 * </pre>
 * System properties: {@code bench.url} (the server), {@code bench.db.url}, {@code bench.db.user},
 * {@code bench.db.password}, and the seeder's {@code key=value} output as {@code bench.<key>}.
 */
public final class Benchmark {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final String URL = System.getProperty("bench.url");

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "login" -> System.out.println(signedIn(args[1]).sessionId().orElseThrow());
            case "statements" -> statements(Path.of(args[1]));
            case "session-size" -> sessionSize();
            case "clash" -> clash();
            case "invitations" -> invitations(Integer.parseInt(args[1]));
            case "import" -> importPeople(Integer.parseInt(args[1]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static WebClient signedIn(String email) {
        WebClient client = new WebClient(URL);
        Page landed = client.signIn(email, BenchmarkSeeder.PASSWORD);
        if (landed.status() != 302) {
            throw new IllegalStateException("sign-in failed: " + landed.status());
        }
        return client;
    }

    private static String seeded(String key) {
        return System.getProperty("bench." + key);
    }

    /** The statement-count lines of the server log for one traced request of each page, at both edges. */
    private static void statements(Path serverLog) throws Exception {
        Map<String, String[]> edges = Map.of(
                "small", new String[] {seeded("facilitator.solo"), seeded("group.solo")},
                "large", new String[] {seeded("facilitator.busy"), seeded("group.large")});
        for (String edge : List.of("small", "large")) {
            WebClient client = signedIn(edges.get(edge)[0]);
            Map<String, String> pages = Map.of("dashboard", "/facilitator/index.xhtml",
                    "roster", "/facilitator/group.xhtml?id=" + edges.get(edge)[1], "report", "/reports/index.xhtml");
            for (String page : List.of("dashboard", "roster", "report")) {
                client.get(pages.get(page));
                String trace = UUID.randomUUID().toString();
                Page shown = client.getTraced(pages.get(page), trace);
                if (shown.status() != 200) {
                    throw new IllegalStateException(page + ": " + shown.status());
                }
                System.out.println("statements." + page + "." + edge + "=" + logged(serverLog, trace));
            }
        }
    }

    private static int logged(Path serverLog, String trace) throws Exception {
        Pattern line = Pattern.compile("statements=(\\d+) GET \\S+ trace=" + trace);
        for (int i = 0; i < 50; i++) {
            Matcher found = line.matcher(Files.readString(serverLog, StandardCharsets.UTF_8));
            if (found.find()) {
                return Integer.parseInt(found.group(1));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no statement count logged for " + trace);
    }

    /**
     * A facilitator's working visit: the dashboard, a group (saving its evaluation timing), its wellbeing
     * page, their sessions, the report and the dashboard again; then the session's serialized size.
     */
    private static void sessionSize() {
        WebClient client = signedIn(seeded("facilitator"));
        String group = seeded("group");
        client.get("/facilitator/index.xhtml");
        Page groupPage = client.get("/facilitator/group.xhtml?id=" + group);
        Page saved = client.submit(groupPage, "evaluationTiming", Map.of("timing", "EACH_SESSION"), "save");
        require(saved.status() < 400, "saving the evaluation timing: " + saved.status());
        client.get("/facilitator/wellbeing.xhtml?id=" + group);
        client.get("/facilitator/sessions.xhtml");
        client.get("/reports/index.xhtml");
        client.get("/facilitator/index.xhtml");
        Page size = client.get("/diagnostics/session-size");
        require(size.status() == 200, "the session-size diagnostic is off: " + size.status());
        Matcher bytes = Pattern.compile("\"bytes\": (\\d+), \"attributes\"").matcher(size.body());
        require(bytes.find(), size.body());
        System.out.println("session.bytes=" + bytes.group(1));
        System.out.println("session.detail=" + size.body());
    }

    /**
     * A 52-week weekly series in the first seeded room from next Monday at noon, when its own group
     * already meets there weekly: the check reads and compares every booking in the span, the answer is
     * 409 with the clashing dates, and nothing is written. The median of nine, after three.
     */
    private static void clash() {
        WebClient organiser = signedIn(seeded("organiser"));
        LocalDate monday = LocalDate.now(ZONE).plusWeeks(1).with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        String body = """
                {"firstStart": "%s", "pattern": "WEEKLY", "count": 52, "roomId": %s}"""
                .formatted(LocalDateTime.of(monday, LocalTime.NOON), seeded("room"));
        long[] millis = new long[12];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            Page answer = organiser.api("POST", "/api/organiser/schedule/groups/" + seeded("group") + "/series", body);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            require(answer.status() == 409, "expected a clash: " + answer.status() + " " + answer.body());
        }
        long[] measured = Arrays.copyOfRange(millis, 3, millis.length);
        Arrays.sort(measured);
        System.out.println("clash.api.ms=" + measured[measured.length / 2]);
    }

    /**
     * Figure 3, in two passes of one extra session for each of the 100 seeded groups of 12 (each on a
     * day of its own, so that no facilitator clashes), to a GreenMail SMTP server run here.
     * <ol>
     * <li>End to end: the server is up; the time from the first request to the last invitation accepted.
     * <li>The outbox alone: the server is down while the requests are made (each message fails once and
     * waits: the benchmark server's first retry is an hour), then it starts and every message is made due
     * at once, as when a mail server comes back. The rate is the count over the time from the first
     * message accepted to the last. A plain Jakarta Mail client then sends the same messages to the same
     * server over one connection: the first pass's messages after that pass, the second's after the
     * second; the ratio is over the mean of the two.
     * </ol>
     */
    private static void invitations(int smtpPort) throws Exception {
        WebClient organiser = signedIn(seeded("organiser"));
        String[] groups = seeded("groups.invited").split(",");
        LocalDateTime firstDay = LocalDate.now(ZONE).plusDays(60).atTime(7, 0);

        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        double rawBefore;
        try {
            long before = count("SELECT COUNT(*) FROM outbox_message");
            long start = System.nanoTime();
            long requested = schedule(organiser, groups, firstDay) - start;
            int expected = (int) (count("SELECT COUNT(*) FROM outbox_message") - before);
            require(smtp.waitForIncomingEmail(600_000, expected), "not all invitations arrived");
            long delivered = System.nanoTime() - start;
            rawBefore = plainClient(smtpPort, smtp.getReceivedMessages());
            System.out.println("invitations.groups=" + groups.length);
            System.out.println("invitations.messages=" + expected);
            System.out.println("invitations.requests.s=" + String.format("%.1f", requested / 1e9));
            System.out.println("invitations.delivered.s=" + String.format("%.1f", delivered / 1e9));
        } finally {
            smtp.stop();
        }

        long before = count("SELECT COUNT(*) FROM outbox_message");
        schedule(organiser, groups, firstDay.plusDays(groups.length));
        int expected = (int) (count("SELECT COUNT(*) FROM outbox_message") - before);
        Thread.sleep(3_000); // every message has been tried once and is waiting for its retry
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            update("UPDATE outbox_message SET next_attempt_at = UTC_TIMESTAMP(6) WHERE status = 'PENDING'");
            while (smtp.getReceivedMessages().length == 0) {
                Thread.sleep(2);
            }
            long first = System.nanoTime();
            require(smtp.waitForIncomingEmail(600_000, expected), "not all invitations arrived");
            double outboxRate = expected / ((System.nanoTime() - first) / 1e9);
            double rawAfter = plainClient(smtpPort, smtp.getReceivedMessages());
            double raw = (rawBefore + rawAfter) / 2;
            System.out.println("invitations.drained=" + expected);
            System.out.println("invitations.outbox.per.s=" + String.format("%.0f", outboxRate));
            System.out.println("invitations.raw.per.s=" + String.format("%.0f", raw));
            System.out.println("invitations.ratio=" + String.format("%.2f", outboxRate / raw));
        } finally {
            smtp.stop();
        }
    }

    /** One extra online session for each group, a day apart from the given one; returns when the last is made. */
    private static long schedule(WebClient organiser, String[] groups, LocalDateTime firstDay) {
        for (int i = 0; i < groups.length; i++) {
            Page made = organiser.api("POST", "/api/organiser/schedule/groups/" + groups[i] + "/extra", """
                    {"start": "%s", "durationMinutes": 60, "onlineLink": "https://video.example/bench"}"""
                    .formatted(firstDay.plusDays(i)));
            require(made.status() == 201, "extra session: " + made.status() + " " + made.body());
        }
        return System.nanoTime();
    }

    /** Messages per second the SMTP server accepts from a plain client sending these over one connection. */
    private static double plainClient(int port, MimeMessage[] messages) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(port));
        Session session = Session.getInstance(props);
        List<MimeMessage> copies = new ArrayList<>();
        for (MimeMessage message : messages) {
            copies.add(new MimeMessage(message));
        }
        long start = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (MimeMessage copy : copies) {
                transport.sendMessage(copy, copy.getRecipients(Message.RecipientType.TO));
            }
        }
        return copies.size() / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * A people import of {@code rows} new staff, one CSV file through the admin API (issue 21): the
     * preview, the median of three after one, and the import from confirming until its last batch is
     * applied (every new person with a setup link and an invitation queued in the outbox; delivery is
     * figure 3's). The organiser is made an admin for it.
     */
    private static void importPeople(int rows) throws Exception {
        update("INSERT IGNORE INTO person_role (person_id, role) SELECT id, 'ADMIN' FROM person WHERE email = '"
                + seeded("organiser") + "'");
        WebClient admin = signedIn(seeded("organiser"));
        StringBuilder csv = new StringBuilder("email,name,roles\n");
        for (int i = 0; i < rows; i++) {
            csv.append("newcomer").append(i).append("@bench.kindred.test,Newcomer ").append(i).append(",participant\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        long[] previews = new long[3];
        for (int i = -1; i < previews.length; i++) {
            long start = System.nanoTime();
            Page preview = admin.apiCsv("/api/admin/people/imports/preview", file);
            require(preview.status() == 200 && preview.body().contains("\"created\":" + rows), "preview: "
                    + preview.status() + " " + preview.body().substring(0, Math.min(300, preview.body().length())));
            if (i >= 0) {
                previews[i] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        Arrays.sort(previews);
        long start = System.nanoTime();
        Page confirmed = admin.apiCsv("/api/admin/people/imports", file);
        require(confirmed.status() == 200, "confirm: " + confirmed.status() + " " + confirmed.body());
        Matcher id = Pattern.compile("\"importId\":(\\d+)").matcher(confirmed.body());
        require(id.find(), confirmed.body());
        String state = "";
        while (!state.contains("\"state\":\"FINISHED\"")) {
            require((System.nanoTime() - start) / 1e9 < 1800, "the import did not finish in 30 minutes: " + state);
            Thread.sleep(250);
            state = admin.api("GET", "/api/admin/people/imports/" + id.group(1), null).body();
        }
        double applied = (System.nanoTime() - start) / 1e9;
        require(count("SELECT COUNT(*) FROM person WHERE email LIKE 'newcomer%@bench.kindred.test'") == rows,
                "every row made a person");
        System.out.println("import.rows=" + rows);
        System.out.println("import.preview.ms=" + previews[1]);
        System.out.printf("import.apply.s=%.1f%n", applied);
    }

    private static void update(String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("bench.db.url"),
                System.getProperty("bench.db.user"), System.getProperty("bench.db.password"));
             Statement s = db.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("bench.db.url"),
                System.getProperty("bench.db.user"), System.getProperty("bench.db.password"));
             Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
