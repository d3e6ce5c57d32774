package org.kindred.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kindred.it.GroupFixture;
import org.kindred.it.KindredDeployment;
import org.kindred.it.Mail;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * The database server restarts while people use Kindred. Each request either succeeds with all of its
 * data or fails with the error page or a JSON error (never a 200 with part of a page, never a stack
 * trace); the connection pool serves again within 30 seconds of the database being back; and no
 * invitation email of a change that committed is lost or sent twice.
 *
 * <p>This restarts the server {@code kindred.it.db.url} points at (see {@link DatabaseServer}): on a
 * machine shared with other people's databases, point the tests at a private server.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseRestartIT {

    private static final Duration RECOVERY = Duration.ofSeconds(30);
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat (java|jakarta|org|com|fish|sun)\\.[\\w.$]+\\(|\\.java:\\d+\\)|Exception:|Caused by|SQLState|jdbc:mysql");
    private static final String ERROR_PAGE = "Something went wrong";
    private static final String LINK = "https://video.example/restart";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    /** One kind of request, and what a complete answer to it contains. */
    private record Probe(String name, WebClient client, String method, String path, boolean page,
                         Predicate<Page> complete) {

        Page send(String body) {
            return page ? client.get(path) : client.api(method, path, body);
        }
    }

    /** A request's outcome: ok, a proper error, or a violation of the rules above. */
    private record Outcome(Probe probe, Instant sent, Instant at, boolean ok, String violation) {
    }

    @Test
    void requestsDuringARestartFailCleanlyThePoolRecoversAndNoInvitationIsLost() throws Exception {
        DatabaseServer database = new DatabaseServer();
        GreenMail mail = new GreenMail(new ServerSetup(Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        mail.start();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        AtomicBoolean running = new AtomicBoolean(true);
        try {
            GroupFixture fixture = new GroupFixture();
            String groupName = TestDatabase.unique("Restart");
            long group = fixture.createGroup("peer-support", groupName, 12, fixture.leadId);
            List<String> members = fixture.members(group, "Restarter", 3);
            WebClient organiser = fixture.signedIn(fixture.organiser);
            LocalDate first = LocalDate.now().plusWeeks(2);
            Page created = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/series", """
                    {"firstStart": "%sT14:00", "rrule": "FREQ=WEEKLY;COUNT=8", "durationMinutes": 90, "onlineLink": "%s"}"""
                    .formatted(first, LINK));
            assertEquals(201, created.status(), created.body());
            long series = created.json().getJsonNumber("seriesId").longValue();
            long moved = Long.parseLong(TestDatabase.strings(
                    "SELECT id FROM session_occurrence WHERE series_id = ? ORDER BY starts_at LIMIT 1 OFFSET 2", series).get(0));
            LocalDate movedDay = first.plusWeeks(2);

            WebClient member = fixture.signedIn(members.get(0));
            WebClient lead = fixture.signedIn(fixture.lead);
            List<Probe> reads = List.of(
                    new Probe("organiser series API", organiser, "GET", "/api/organiser/schedule/groups/" + group + "/series",
                            false, p -> p.jsonArray().getJsonObject(0).getJsonArray("sessions").size() == 8),
                    new Probe("member groups API", member, "GET", "/api/participant/groups", false,
                            p -> p.jsonArray().stream().map(JsonObject.class::cast)
                                    .anyMatch(g -> g.toString().contains(groupName))),
                    new Probe("organiser schedule page", organiser, "GET", "/organiser/schedule.xhtml?group=" + group, true,
                            p -> p.contains(groupName)),
                    new Probe("member home page", member, "GET", "/participant/index.xhtml", true,
                            p -> p.contains(groupName)),
                    new Probe("facilitator sessions page", lead, "GET", "/facilitator/sessions.xhtml", true,
                            p -> p.contains(LINK) || p.contains("Reflective practice session")));
            Probe move = new Probe("move a session", organiser, "PUT", "/api/organiser/schedule/occurrences/" + moved,
                    false, p -> true);
            for (Probe probe : reads) {
                Outcome before = judge(probe, () -> probe.send(null));
                assertTrue(before.ok(), "before the restart: " + probe.name() + " " + before.violation());
            }

            List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
            List<Future<?>> load = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int offset = w;
                load.add(workers.submit(() -> {
                    for (int i = offset; running.get(); i++) {
                        Probe probe = reads.get(i % reads.size());
                        outcomes.add(judge(probe, () -> probe.send(null)));
                        pause(50);
                    }
                    return null;
                }));
            }
            // one writer moves a session back and forth: each committed move writes an invitation per person
            load.add(workers.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    String body = "{\"start\": \"%sT%s\", \"durationMinutes\": 90, \"onlineLink\": \"%s\"}"
                            .formatted(movedDay, i % 2 == 0 ? "15:00" : "14:00", LINK);
                    outcomes.add(judge(move, () -> move.send(body)));
                    pause(150);
                }
                return null;
            }));

            Thread.sleep(3000);
            Instant down = Instant.now();
            database.shutdown();
            // longer than EclipseLink's own retries of a lost connection (3 times, 5 s apart), so that
            // some requests fail rather than wait it out
            Thread.sleep(OUTAGE.toMillis());
            database.start();
            Instant up = Instant.now();
            Instant recovered = null;
            while (recovered == null && Instant.now().isBefore(up.plus(RECOVERY.plusSeconds(10)))) {
                Thread.sleep(250);
                recovered = recoveredAt(outcomes, reads.size() + 1, up);
            }
            Thread.sleep(3000); // and it keeps working
            running.set(false);
            for (Future<?> worker : load) {
                worker.get(2, TimeUnit.MINUTES);
            }

            List<Outcome> all = List.copyOf(outcomes);
            List<String> violations = all.stream().filter(o -> o.violation() != null)
                    .map(o -> o.probe().name() + " sent at +" + Duration.between(down, o.sent()).toMillis() + " ms: " + o.violation())
                    .distinct().toList();
            assertEquals(List.of(), violations, "requests that did not fail cleanly");
            long failedDuringOutage = all.stream().filter(o -> !o.ok() && o.sent().isAfter(down) && o.sent().isBefore(up)).count();
            assertTrue(failedDuringOutage > 0, "the load met the outage: " + summary(all, down, up));
            assertTrue(recovered != null, "every kind of request succeeded again within " + RECOVERY.toSeconds()
                    + " s of the database being back: " + summary(all, down, up));
            assertTrue(Duration.between(up, recovered).compareTo(RECOVERY) <= 0, "recovered after "
                    + Duration.between(up, recovered).toMillis() + " ms");
            Instant settled = recovered;
            assertEquals(List.of(), all.stream().filter(o -> o.sent().isAfter(settled) && !o.ok())
                    .map(o -> o.probe().name()).toList(), "once recovered, everything works");

            // the outbox: every committed move has its email to each person, sent exactly once
            long acknowledged = all.stream().filter(o -> o.probe() == move && o.ok()).count();
            int sequence = Integer.parseInt(TestDatabase.strings(
                    "SELECT sequence_no FROM session_occurrence WHERE id = ?", moved).get(0));
            assertTrue(sequence >= acknowledged, "every acknowledged move committed: " + sequence + " < " + acknowledged);
            long end = System.currentTimeMillis() + 60_000;
            while (!TestDatabase.strings("SELECT COUNT(*) FROM outbox_message WHERE organisation_id = ? AND status <> 'SENT'",
                    fixture.organisationId).equals(List.of("0")) && System.currentTimeMillis() < end) {
                Thread.sleep(500);
            }
            assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM outbox_message WHERE organisation_id = ? "
                    + "AND status <> 'SENT'", fixture.organisationId), "every email delivered after the restart");
            List<String> everyone = new ArrayList<>(members);
            everyone.add(fixture.lead);
            Thread.sleep(2000);
            Map<String, List<Integer>> sequences = new TreeMap<>();
            Map<String, Integer> perMessageId = new HashMap<>();
            for (MimeMessage message : Mail.to(mail, everyone)) {
                perMessageId.merge(message.getMessageID(), 1, Integer::sum);
                String ics = Mail.calendar(message);
                if (ics != null && Mail.value(ics, "RECURRENCE-ID") != null) {
                    sequences.computeIfAbsent(Mail.recipient(message), k -> new ArrayList<>())
                            .add(Integer.parseInt(Mail.value(ics, "SEQUENCE")));
                }
            }
            assertEquals(List.of(), perMessageId.entrySet().stream().filter(e -> e.getValue() > 1).toList(), "nothing twice");
            assertEquals(TestDatabase.strings("SELECT COUNT(*) FROM outbox_message WHERE organisation_id = ?",
                    fixture.organisationId), List.of(String.valueOf(perMessageId.size())), "every email written arrived");
            List<Integer> oneToLast = new ArrayList<>();
            for (int s = 1; s <= sequence; s++) {
                oneToLast.add(s);
            }
            for (String person : everyone) {
                List<Integer> theirs = new ArrayList<>(sequences.getOrDefault(person, List.of()));
                Collections.sort(theirs);
                assertEquals(oneToLast, theirs, "each committed move of the session, once, for each person");
            }
        } finally {
            running.set(false);
            workers.shutdownNow();
            database.ensureRunning();
            mail.stop();
        }
    }

    /** When every kind of request had last succeeded after {@code up}, or null if one has not yet. */
    private static Instant recoveredAt(List<Outcome> outcomes, int kinds, Instant up) {
        Map<String, Instant> firstOk = new HashMap<>();
        synchronized (outcomes) {
            for (Outcome o : outcomes) {
                if (o.ok() && o.at().isAfter(up)) {
                    firstOk.putIfAbsent(o.probe().name(), o.at());
                }
            }
        }
        return firstOk.size() < kinds ? null : Collections.max(firstOk.values());
    }

    private static String summary(List<Outcome> all, Instant down, Instant up) {
        return all.size() + " requests, " + all.stream().filter(o -> !o.ok()).count() + " failed; down at " + down
                + ", back at " + up + "; " + all.stream().map(o -> o.probe().name() + " " + o.sent() + " -> " + o.at()
                + (o.ok() ? " ok" : " error")).toList();
    }

    private static Outcome judge(Probe probe, java.util.function.Supplier<Page> request) {
        Instant sent = Instant.now();
        Page page;
        try {
            page = request.get();
        } catch (AssertionError e) {
            // the WebClient's way of saying the connection broke: a reply cut off part-way
            return new Outcome(probe, sent, Instant.now(), false, "no complete response: " + e.getMessage());
        }
        Instant at = Instant.now();
        String body = page.body() == null ? "" : page.body();
        if (STACK_TRACE.matcher(body).find()) {
            return new Outcome(probe, sent, at, false, "a stack trace or database detail in a " + page.status() + ": "
                    + body.substring(0, Math.min(body.length(), 400)));
        }
        if (page.status() < 300) {
            if (probe.page()) {
                int closing = body.split("</html>", -1).length - 1;
                if (closing != 1 || body.contains(ERROR_PAGE) || !probe.complete().test(page)) {
                    return new Outcome(probe, sent, at, false, "a " + page.status() + " without its whole page ("
                            + body.length() + " characters, ends: " + body.substring(Math.max(0, body.length() - 200)) + ")");
                }
            } else if (page.status() != 204) {
                try {
                    if (!probe.complete().test(page)) {
                        return new Outcome(probe, sent, at, false, "a 200 without all its data: " + body);
                    }
                } catch (RuntimeException e) {
                    return new Outcome(probe, sent, at, false, "a 200 that is not whole JSON: " + body);
                }
            }
            return new Outcome(probe, sent, at, true, null);
        }
        if (page.status() < 500) {
            return new Outcome(probe, sent, at, false, "an unexpected " + page.status() + " " + page.location() + " " + body);
        }
        boolean clean = probe.page() ? body.contains(ERROR_PAGE) && body.contains("</html>")
                : isJsonError(body);
        return new Outcome(probe, sent, at, false, clean ? null : "a " + page.status() + " that is not the error page "
                + "or a JSON error: " + body.substring(0, Math.min(body.length(), 400)));
    }

    private static boolean isJsonError(String body) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return reader.readObject().containsKey("error");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
