package org.kindred.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kindred.it.GroupFixture;
import org.kindred.it.KindredDeployment;
import org.kindred.it.Mail;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * The day after a group session, each member who has not answered gets one email inviting them to the
 * anonymous evaluation, naming nobody and (with the neutral title) not the group; never a second
 * one. A group evaluated at the end of its programme is asked about its last session only.
 */
@ExtendWith(ArquillianExtension.class)
class DayAfterEmailIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final String SUBJECT = "How was your session? A short, anonymous evaluation";
    private static final Pattern LINK = Pattern.compile("(http\\S+/participant/evaluation\\.xhtml\\?occurrence=(\\d+))");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void eachMemberWhoHasNotAnsweredGetsOneEmailTheDayAfterAndNeverASecond() throws Exception {
        GroupFixture fixture = new GroupFixture();
        String groupName = TestDatabase.unique("Oncology Peer Circle");
        long group = fixture.createGroup("peer-support", groupName, 12, fixture.leadId);
        List<String> members = List.of(member(fixture, "Amara Quill"), member(fixture, "Bertil Okonjo"),
                member(fixture, "Cosima Varga"));
        for (String member : members) {
            fixture.join(group, member);
        }
        WebClient organiser = fixture.signedIn(fixture.organiser);
        long yesterday = extraSession(organiser, group, 3);
        long longAgo = extraSession(organiser, group, 4);
        long today = extraSession(organiser, group, 5);

        // the first member answers while the session is fresh, before the day-after run can see it
        endedHoursAgo(yesterday, 1);
        assertEquals(204, fixture.signedIn(members.get(0)).api("POST", "/api/participant/schedule/evaluations/" + yesterday,
                "{\"overall\": 4}").status());
        endedHoursAgo(longAgo, 72);
        endedHoursAgo(today, 2);
        endedHoursAgo(yesterday, 20);

        List<String> others = members.subList(1, 3);
        List<MimeMessage> mail = evaluationMails(Mail.await(MAIL, members, WAIT, m -> evaluationMails(m).size() >= 2));
        assertEquals(2, mail.size(), "one each for the two who have not answered");
        for (MimeMessage message : mail) {
            String to = Mail.recipient(message);
            assertTrue(others.contains(to), "not to the member who answered: " + to);
            assertEquals(1, Mail.recipientCount(message), "one recipient per message");
            String text = Mail.text(Mail.part(message, "text/plain"));
            Matcher link = LINK.matcher(text);
            assertTrue(link.find(), text);
            assertEquals(String.valueOf(yesterday), link.group(2));
            assertTrue(text.contains("Reflective practice session"), "the neutral calendar title: " + text);
            assertFalse(text.contains(groupName) || message.getSubject().contains(groupName), "no group name");
            for (String name : List.of("Amara", "Bertil", "Cosima", "Lena Lead", "Quill", "Okonjo", "Varga")) {
                assertFalse(text.contains(name), "names nobody: " + name);
            }
            for (String address : members) {
                assertTrue(address.equals(to) || !text.contains(address), "no other address");
            }
        }
        assertEquals(List.of(String.valueOf(yesterday)), TestDatabase.strings(
                "SELECT occurrence_id FROM evaluation_mailing WHERE occurrence_id IN (?, ?, ?)", yesterday, longAgo, today),
                "sessions older than two days or from today are left alone");

        // the link leads a member straight to the form
        Matcher link = LINK.matcher(Mail.text(Mail.part(mail.get(0), "text/plain")));
        assertTrue(link.find());
        Page form = fixture.signedIn(Mail.recipient(mail.get(0))).get(link.group(1).replaceFirst("^http://[^/]+", ""));
        assertEquals(200, form.status());
        assertTrue(form.contains("Send my answers"), form.body());

        // later runs (every two seconds in the tests) send nothing more
        Thread.sleep(8_000);
        assertEquals(2, evaluationMails(Mail.to(MAIL, members)).size());
        assertEquals(List.of("2"), TestDatabase.strings("SELECT COUNT(*) FROM outbox_message WHERE kind = 'EVALUATION' "
                + "AND occurrence_id = ?", yesterday));
    }

    @Test
    void aGroupEvaluatedAtTheEndOfItsProgrammeIsAskedAboutItsLastSessionOnly() throws Exception {
        GroupFixture fixture = new GroupFixture();
        long group = fixture.createGroup("hthp", TestDatabase.unique("Helping the Helper"), 8, fixture.leadId);
        String member = member(fixture, "Dagny Ferreira");
        WebClient client = fixture.signedIn(member);
        assertEquals(200, client.api("POST", "/api/participant/groups/" + group + "/join", null).status());
        WebClient organiser = fixture.signedIn(fixture.organiser);
        LocalDateTime first = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(3).withSecond(0).withNano(0);
        assertEquals(201, organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/series", """
                {"firstStart": "%s", "pattern": "WEEKLY", "count": 2, "onlineLink": "https://meet.example.org/end"}"""
                .formatted(first)).status());
        List<String> ids = TestDatabase.strings("SELECT id FROM session_occurrence WHERE group_id = ? ORDER BY starts_at", group);
        long held = Long.parseLong(ids.get(0));
        long last = Long.parseLong(ids.get(1));

        // only the group's own facilitator chooses, on the group page or through the API
        WebClient lead = fixture.signedIn(fixture.lead);
        assertEquals("EACH_SESSION", lead.api("GET", "/api/facilitator/groups/" + group + "/evaluation-timing", null)
                .json().getString("timing"));
        Page changed = lead.api("PUT", "/api/facilitator/groups/" + group + "/evaluation-timing",
                "{\"timing\": \"END_OF_PROGRAMME\"}");
        assertEquals(200, changed.status(), changed.body());
        assertEquals("END_OF_PROGRAMME", changed.json().getString("timing"));
        WebClient other = fixture.signedIn(fixture.otherLead);
        assertEquals(404, other.api("PUT", "/api/facilitator/groups/" + group + "/evaluation-timing",
                "{\"timing\": \"EACH_SESSION\"}").status());
        assertEquals(404, other.api("GET", "/api/facilitator/groups/" + group + "/evaluation-timing", null).status());
        assertEquals(400, lead.api("PUT", "/api/facilitator/groups/" + group + "/evaluation-timing", "{}").status());

        // the first of the two sessions ended yesterday: no form, no link and no email
        shiftGroup(group, held, 21);
        for (Page refused : List.of(client.api("GET", "/api/participant/schedule/evaluations/" + held, null),
                client.api("POST", "/api/participant/schedule/evaluations/" + held, "{\"overall\": 5}"))) {
            assertEquals(400, refused.status(), refused.body());
            assertEquals("This group is evaluated once, after its last session.", refused.json().getString("error"));
        }
        Page homework = client.get("/participant/homework.xhtml");
        assertEquals(200, homework.status());
        assertFalse(homework.contains("evaluation.xhtml?occurrence=" + held), homework.body());
        assertTrue(homework.contains("This group is evaluated once, after its last session."), homework.body());
        long end = System.currentTimeMillis() + WAIT.toMillis();
        while (TestDatabase.strings("SELECT occurrence_id FROM evaluation_mailing WHERE occurrence_id = ?", held).isEmpty()
                && System.currentTimeMillis() < end) {
            Thread.sleep(500);
        }
        assertEquals(List.of(String.valueOf(held)),
                TestDatabase.strings("SELECT occurrence_id FROM evaluation_mailing WHERE occurrence_id = ?", held),
                "the day-after run has looked at the session");
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM outbox_message WHERE occurrence_id = ? "
                + "AND kind = 'EVALUATION'", held), "and sent nothing about it");
        Page notYet = client.api("GET", "/api/participant/schedule/evaluations/" + last, null);
        assertEquals(400, notYet.status());
        assertTrue(notYet.json().getString("error").contains("opens when the session starts"), notYet.body());

        // with the last session cancelled, the one held becomes the last, and is evaluated
        assertEquals(204, lead.api("POST", "/api/facilitator/sessions/" + last + "/cancellation", "{}").status());
        assertEquals(200, client.api("GET", "/api/participant/schedule/evaluations/" + held, null).status());
        assertTrue(client.get("/participant/homework.xhtml").contains("evaluation.xhtml?occurrence=" + held));

        // the group page shows the choice and changes it back
        Page page = lead.get("/facilitator/group.xhtml?id=" + group);
        assertEquals(200, page.status());
        assertTrue(Pattern.compile("<input[^>]*value=\"END_OF_PROGRAMME\"[^>]*checked").matcher(page.body()).find()
                || Pattern.compile("<input[^>]*checked[^>]*value=\"END_OF_PROGRAMME\"").matcher(page.body()).find(),
                page.body());
        assertTrue(page.contains("<legend>When members are asked how it went</legend>"));
        Page saved = lead.submit(page, "evaluationTiming", Map.of("timing", "EACH_SESSION"), "save");
        assertTrue(saved.contains("Members are asked for the evaluation after each session."), saved.body());
        assertEquals("EACH_SESSION", lead.api("GET", "/api/facilitator/groups/" + group + "/evaluation-timing", null)
                .json().getString("timing"));
        assertEquals(404, other.get("/facilitator/group.xhtml?id=" + group).status());
    }

    private static String member(GroupFixture fixture, String name) throws Exception {
        String email = TestDatabase.unique(name.split(" ")[0].toLowerCase()) + "@kindred.test";
        TestDatabase.createPerson(fixture.organisationId, name, email, GroupFixture.PASSWORD, "PARTICIPANT");
        return email;
    }

    private static List<MimeMessage> evaluationMails(List<MimeMessage> messages) {
        return messages.stream().filter(m -> {
            try {
                return SUBJECT.equals(m.getSubject());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** A one-hour online session some days ahead (so no reminder is due); returns its occurrence id. */
    private static long extraSession(WebClient organiser, long group, int daysAhead) throws Exception {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(daysAhead).withSecond(0).withNano(0);
        Page created = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/extra", """
                {"start": "%s", "durationMinutes": 60, "onlineLink": "https://video.example/d"}""".formatted(start));
        assertEquals(201, created.status(), created.body());
        long series = created.json().getJsonNumber("seriesId").longValue();
        List<String> id = TestDatabase.strings("SELECT id FROM session_occurrence WHERE series_id = ?", series);
        assertNotNull(id.isEmpty() ? null : id.get(0));
        return Long.parseLong(id.get(0));
    }

    /** Moves the one-hour session so that it ended this many hours ago. */
    private static void endedHoursAgo(long occurrence, int hours) throws Exception {
        try (var db = TestDatabase.connect(); var move = db.prepareStatement("UPDATE session_occurrence SET "
                + "starts_at = UTC_TIMESTAMP() - INTERVAL ? HOUR, ends_at = UTC_TIMESTAMP() - INTERVAL ? HOUR WHERE id = ?")) {
            move.setInt(1, hours + 1);
            move.setInt(2, hours);
            move.setLong(3, occurrence);
            assertEquals(1, move.executeUpdate());
        }
    }

    /** Moves all the group's sessions back together, so that this one started the given hours ago. */
    private static void shiftGroup(long group, long occurrence, int hoursAgo) throws Exception {
        long secondsAhead = Long.parseLong(TestDatabase.strings("SELECT TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(), starts_at) "
                + "FROM session_occurrence WHERE id = ?", occurrence).get(0));
        long shift = secondsAhead + hoursAgo * 3600L;
        try (var db = TestDatabase.connect(); var move = db.prepareStatement("UPDATE session_occurrence SET "
                + "starts_at = starts_at - INTERVAL ? SECOND, ends_at = ends_at - INTERVAL ? SECOND WHERE group_id = ?")) {
            move.setLong(1, shift);
            move.setLong(2, shift);
            move.setLong(3, group);
            move.executeUpdate();
        }
    }
}
