package org.kindred.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * The mail server is down while a series is made and then changed 50 times (moves, cancellations,
 * new times for the rest of a series, a series restarted and one ended early, people joining, leaving
 * and coming back). When it returns, every email the outbox wrote arrives exactly once, and each
 * person's calendar, rebuilt from what they received by SEQUENCE, is the schedule Kindred holds.
 */
@ExtendWith(ArquillianExtension.class)
class SmtpOutageIT {

    private static final int CHANGES = 50;
    private static final String LINK = "https://video.example/outage";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void everyInvitationWrittenDuringTheOutageArrivesOnceAndEveryCalendarEndsAsKindredHasIt() throws Exception {
        GroupFixture fixture = new GroupFixture();
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Outage"), 6, fixture.leadId);
        List<String> people = fixture.participants("Outage", 9);
        Map<String, WebClient> clients = new LinkedHashMap<>();
        for (String person : people) {
            clients.put(person, fixture.signedIn(person));
        }
        for (String person : people.subList(0, 5)) {
            assertEquals(200, join(clients.get(person), group).status());
        }
        WebClient organiser = fixture.signedIn(fixture.organiser);

        // the outage starts before the series is made: nothing listens on the SMTP port yet
        LocalDate first = LocalDate.now().plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        Page created = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/series", """
                {"firstStart": "%sT09:00", "rrule": "FREQ=WEEKLY;COUNT=12", "durationMinutes": 90, "onlineLink": "%s"}"""
                .formatted(first, LINK));
        assertEquals(201, created.status(), created.body());

        Random random = new Random(8);
        Map<String, Integer> made = new TreeMap<>();
        int tries = 0;
        while (made.values().stream().mapToInt(Integer::intValue).sum() < CHANGES) {
            if (++tries > CHANGES * 4) {
                fail("too few changes were accepted: " + made + "; refused: " + REFUSED);
            }
            int index = made.values().stream().mapToInt(Integer::intValue).sum();
            // the rarer changes at fixed points, so that every run has them; the rest at random
            String forced = Map.of(12, "restart", 20, "following", 30, "restart", 40, "end").get(index);
            String kind = change(random, forced, organiser, clients, group, made);
            if (kind != null) {
                made.merge(kind, 1, Integer::sum);
            }
        }
        assertTrue(made.keySet().containsAll(Set.of("move", "cancel", "following", "restart", "end", "join", "leave")),
                "a realistic mix of changes: " + made);
        Thread.sleep(2000);
        List<String> tried = TestDatabase.strings("SELECT COUNT(*) FROM outbox_message WHERE organisation_id = ? "
                + "AND attempts > 0", fixture.organisationId);
        assertTrue(Integer.parseInt(tried.get(0)) > 0, "the sender tried during the outage");
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM outbox_message WHERE organisation_id = ? "
                + "AND status <> 'PENDING'", fixture.organisationId), "nothing delivered, nothing given up on");

        List<String> recipients = new ArrayList<>(people);
        recipients.add(fixture.lead);
        recipients.add(fixture.organiser);
        GreenMail mail = new GreenMail(new ServerSetup(Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            Map<String, Long> written = new HashMap<>(); // Message-ID -> outbox row id, the order of writing
            try (var db = TestDatabase.connect(); var rows = db.prepareStatement(
                    "SELECT message_id, id FROM outbox_message WHERE organisation_id = ?")) {
                rows.setLong(1, fixture.organisationId);
                try (var rs = rows.executeQuery()) {
                    while (rs.next()) {
                        written.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            int expected = written.size();
            assertTrue(expected > 200, "the changes wrote many emails: " + expected);
            Mail.await(mail, recipients, Duration.ofSeconds(90), m -> m.size() >= expected);
            Thread.sleep(4000); // and nothing more arrives afterwards
            List<MimeMessage> received = Mail.to(mail, recipients);

            Map<String, Integer> perMessageId = new HashMap<>();
            Map<String, Integer> perKey = new TreeMap<>();
            Map<String, List<CalendarClient.Message>> byRecipient = new HashMap<>();
            for (MimeMessage message : received) {
                perMessageId.merge(message.getMessageID(), 1, Integer::sum);
                String ics = Mail.calendar(message);
                if (ics == null) {
                    continue;
                }
                String to = Mail.recipient(message);
                CalendarClient.Message parsed = CalendarClient.parse(ics, written.getOrDefault(message.getMessageID(), -1L));
                byRecipient.computeIfAbsent(to, k -> new ArrayList<>()).add(parsed);
                for (CalendarClient.Component c : parsed.components()) {
                    if (c == parsed.components().get(0)) {
                        perKey.merge(to + " " + c.uid() + " SEQUENCE " + c.sequence() + " " + parsed.method()
                                + (c.recurrenceId() == null ? "" : " RECURRENCE-ID " + c.recurrenceId()), 1, Integer::sum);
                    }
                }
            }
            assertEquals(written.keySet(), perMessageId.keySet(), "every email written was delivered, and only those");
            assertEquals(List.of(), perMessageId.entrySet().stream().filter(e -> e.getValue() != 1).toList(),
                    "no email delivered twice");
            assertEquals(List.of(), perKey.entrySet().stream().filter(e -> e.getValue() != 1).toList(),
                    "one message per recipient, UID, SEQUENCE and RECURRENCE-ID");
            assertEquals(expected, received.size());
            assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM outbox_message WHERE organisation_id = ? "
                    + "AND status <> 'SENT'", fixture.organisationId));

            // each person's calendar, whatever order the messages of equal SEQUENCE came in, is Kindred's schedule
            Map<String, TreeSet<LocalDateTime>> schedule = schedule(organiser, group);
            List<String> invited = TestDatabase.strings("SELECT p.email FROM membership m JOIN person p ON p.id = m.person_id "
                    + "WHERE m.group_id = ? AND m.status = 'MEMBER'", group);
            assertTrue(invited.size() <= 6, "never more members than places: " + invited.size());
            List<String> wrong = new ArrayList<>();
            for (String person : recipients.subList(0, recipients.size() - 1)) {
                boolean isInvited = person.equals(fixture.lead) || invited.contains(person);
                List<CalendarClient.Message> theirs = byRecipient.getOrDefault(person, List.of());
                for (Map.Entry<String, TreeSet<LocalDateTime>> series : schedule.entrySet()) {
                    TreeSet<LocalDateTime> want = isInvited ? series.getValue() : new TreeSet<>();
                    for (boolean reversed : new boolean[] {false, true}) {
                        TreeSet<LocalDateTime> shown = CalendarClient.shown(theirs, series.getKey(), reversed);
                        if (!shown.equals(want)) {
                            wrong.add(person + " " + series.getKey() + (reversed ? " (ties reversed)" : "")
                                    + "\n  Kindred:  " + want + "\n  calendar: " + shown);
                        }
                    }
                }
            }
            assertEquals(List.of(), wrong, "calendars that differ from the schedule; changes made: " + made);
        } finally {
            mail.stop();
        }
    }

    /** One change of a realistic mix; returns its kind, or null when Kindred refused it (a clash, say). */
    private static String change(Random random, String forced, WebClient organiser, Map<String, WebClient> clients, long group,
                                 Map<String, Integer> made) throws Exception {
        JsonArray all = organiser.api("GET", "/api/organiser/schedule/groups/" + group + "/series", null).jsonArray();
        JsonObject series = all.getJsonObject(random.nextInt(all.size()));
        List<JsonObject> scheduled = series.getJsonArray("sessions").stream().map(JsonObject.class::cast)
                .filter(s -> !s.getBoolean("cancelled")).toList();
        int roll = random.nextInt(100);
        if (scheduled.size() < 3) {
            roll = 60 + random.nextInt(40); // nothing left to move here: people come and go instead
        }
        if (forced != null) {
            roll = switch (forced) {
                case "following" -> scheduled.size() < 3 ? -1 : 42;
                case "restart" -> 48;
                default -> scheduled.size() < 3 ? -1 : 52;
            };
            if (roll < 0) {
                return null; // another series next time
            }
        }
        if (roll < 30) {
            JsonObject session = scheduled.get(random.nextInt(scheduled.size()));
            LocalDateTime start = LocalDateTime.parse(session.getString("start")).toLocalDate()
                    .plusDays(random.nextInt(3) - 1).atTime(8 + 2 * random.nextInt(5), 0);
            return done("move", organiser.api("PUT", "/api/organiser/schedule/occurrences/" + id(session),
                    "{\"start\": \"%s\", \"durationMinutes\": 90, \"onlineLink\": \"%s\"}".formatted(start, LINK)));
        }
        if (roll < 42) {
            JsonObject session = scheduled.get(random.nextInt(scheduled.size()));
            return done("cancel", organiser.api("POST", "/api/organiser/schedule/occurrences/" + id(session)
                    + "/cancellation", "{\"reason\": \"Ward pressures\"}"));
        }
        if (roll < 48 && (forced != null || made.getOrDefault("following", 0) < 2)) {
            JsonObject from = scheduled.get(1 + random.nextInt(scheduled.size() - 1));
            LocalDate day = LocalDateTime.parse(from.getString("start")).toLocalDate();
            return done("following", organiser.api("POST", "/api/organiser/schedule/occurrences/" + id(from) + "/following",
                    "{\"firstStart\": \"%sT11:30\", \"rrule\": \"FREQ=WEEKLY;COUNT=5\", \"durationMinutes\": 60, \"onlineLink\": \"%s\"}"
                            .formatted(day.plusDays(1), LINK)));
        }
        if (roll < 52 && (forced != null || made.getOrDefault("restart", 0) < 2)) {
            JsonObject firstOne = series.getJsonArray("sessions").getJsonObject(0);
            LocalDate day = LocalDateTime.parse(firstOne.getString("start")).toLocalDate();
            return done("restart", organiser.api("POST", "/api/organiser/schedule/occurrences/" + id(firstOne) + "/following",
                    "{\"firstStart\": \"%sT09:00\", \"rrule\": \"FREQ=WEEKLY;COUNT=%d\", \"durationMinutes\": 90, \"onlineLink\": \"%s\"}"
                            .formatted(day, 4 + random.nextInt(6), LINK)));
        }
        if (roll < 56 && (forced != null || made.getOrDefault("end", 0) < 2)) {
            JsonObject last = scheduled.get(scheduled.size() / 2);
            return done("end", organiser.api("POST", "/api/organiser/schedule/series/" + series.getJsonNumber("id") + "/end",
                    "{\"lastDate\": \"%s\"}".formatted(LocalDateTime.parse(last.getString("start")).toLocalDate())));
        }
        List<String> members = TestDatabase.strings("SELECT p.email FROM membership m JOIN person p ON p.id = m.person_id "
                + "WHERE m.group_id = ?", group);
        List<String> in = clients.keySet().stream().filter(members::contains).toList();
        List<String> out = clients.keySet().stream().filter(p -> !members.contains(p)).toList();
        if (roll < 80 && !out.isEmpty() || in.isEmpty()) {
            Page joined = join(clients.get(out.get(random.nextInt(out.size()))), group);
            assertEquals(200, joined.status(), joined.body());
            return "join";
        }
        Page left = clients.get(in.get(random.nextInt(in.size()))).api("POST", "/api/participant/groups/" + group + "/leave", null);
        assertTrue(left.status() < 300, left.body());
        return "leave";
    }

    private static final List<String> REFUSED = new ArrayList<>();

    private static String done(String kind, Page response) {
        if (response.status() < 300) {
            return kind;
        }
        REFUSED.add(kind + ": " + response.body());
        // a change Kindred refuses (a clash, a date already cancelled) is fine; anything else is not
        assertTrue(response.status() == 400 || response.status() == 409, kind + ": " + response.status() + " " + response.body());
        return null;
    }

    private static Page join(WebClient client, long group) {
        return client.api("POST", "/api/participant/groups/" + group + "/join", null);
    }

    private static long id(JsonObject session) {
        return session.getJsonNumber("occurrenceId").longValue();
    }

    /** Each series' UID with the starts of its sessions that are not cancelled, as Kindred holds them. */
    static Map<String, TreeSet<LocalDateTime>> schedule(WebClient organiser, long group) {
        Map<String, TreeSet<LocalDateTime>> schedule = new TreeMap<>();
        for (JsonObject series : organiser.api("GET", "/api/organiser/schedule/groups/" + group + "/series", null)
                .jsonArray().getValuesAs(JsonObject.class)) {
            TreeSet<LocalDateTime> starts = new TreeSet<>();
            for (JsonObject session : series.getJsonArray("sessions").getValuesAs(JsonObject.class)) {
                if (!session.getBoolean("cancelled")) {
                    starts.add(LocalDateTime.parse(session.getString("start")));
                }
            }
            schedule.put(series.getString("uid"), starts);
        }
        return schedule;
    }
}
