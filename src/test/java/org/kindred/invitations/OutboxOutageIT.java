package org.kindred.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * No invitation lost, none doubled: with the SMTP server down while a series is created and then
 * changed, every invitation arrives exactly once when it comes back. A recipient whose stored address
 * cannot take mail is no error for the organiser.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxOutageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void invitationsWrittenWhileTheMailServerIsDownArriveExactlyOnceWhenItIsBack() throws Exception {
        GroupFixture fixture = new GroupFixture();
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Peer"), 12, fixture.leadId);
        List<String> members = fixture.participants("Outage", 4);
        for (String member : members) {
            assertEquals(200, fixture.signedIn(member).api("POST", "/api/participant/groups/" + group + "/join", null).status());
        }
        WebClient organiser = fixture.signedIn(fixture.organiser);
        LocalDate first = LocalDate.now().plusWeeks(3).with(TemporalAdjusters.next(java.time.DayOfWeek.WEDNESDAY));
        Page created = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/series", """
                {"firstStart": "%sT09:00", "rrule": "FREQ=WEEKLY;COUNT=6", "onlineLink": "https://video.example/a"}"""
                .formatted(first));
        assertEquals(201, created.status(), created.body());
        long occurrence = organiser.api("GET", "/api/organiser/schedule/groups/" + group + "/series", null)
                .jsonArray().getJsonObject(0).getJsonArray("sessions").getJsonObject(1)
                .getJsonNumber("occurrenceId").longValue();
        Page moved = organiser.api("PUT", "/api/organiser/schedule/occurrences/" + occurrence,
                "{\"start\": \"" + first.plusWeeks(1).plusDays(1) + "T09:00\", \"durationMinutes\": 90, "
                        + "\"onlineLink\": \"https://video.example/a\"}");
        assertTrue(moved.status() < 300, moved.body());
        Thread.sleep(3000); // the sender tries, and fails, a few times
        List<String> everyone = new ArrayList<>(members);
        everyone.add(fixture.lead);
        List<String> attempts = TestDatabase.strings(
                "SELECT MIN(attempts) FROM outbox_message WHERE group_id = ? AND status = 'PENDING'", group);
        assertTrue(Integer.parseInt(attempts.get(0)) >= 1, "tried while the server was down: " + attempts);

        GreenMail mail = new GreenMail(new ServerSetup(Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            int expected = everyone.size() * 2; // the series, then the moved occurrence
            Mail.await(mail, everyone, Duration.ofSeconds(40), m -> withCalendar(m).size() >= expected);
            Thread.sleep(4000); // and nothing more arrives afterwards
            List<MimeMessage> all = Mail.to(mail, everyone);
            assertEquals(all.size(), all.stream().map(OutboxOutageIT::messageId).distinct().count(),
                    "no message twice, the ground-rules emails included");
            List<MimeMessage> received = withCalendar(all);
            Map<String, Integer> perKey = new HashMap<>();
            for (MimeMessage message : received) {
                String ics = Mail.calendar(message);
                String key = Mail.recipient(message) + "|" + Mail.value(ics, "UID") + "|" + Mail.value(ics, "SEQUENCE")
                        + "|" + Mail.value(ics, "RECURRENCE-ID");
                perKey.merge(key, 1, Integer::sum);
            }
            assertEquals(expected, received.size(), perKey.toString());
            assertEquals(expected, perKey.size(), "each recipient, UID and SEQUENCE exactly once: " + perKey);
            assertEquals(List.of("0"), TestDatabase.strings(
                    "SELECT COUNT(*) FROM outbox_message WHERE group_id = ? AND status <> 'SENT'", group));
        } finally {
            mail.stop();
        }
    }

    private static List<MimeMessage> withCalendar(List<MimeMessage> messages) {
        return messages.stream().filter(m -> {
            try {
                return Mail.calendar(m) != null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFacilitatorWithAnUnusableAddressDoesNotStopTheSeries() throws Exception {
        GroupFixture fixture = new GroupFixture();
        long broken = TestDatabase.createPerson(fixture.organisationId, "Bea Broken", "not an address "
                + TestDatabase.unique("x"), GroupFixture.PASSWORD, "FACILITATOR");
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Peer"), 12, broken);
        Page created = fixture.signedIn(fixture.organiser).api("POST", "/api/organiser/schedule/groups/" + group + "/extra",
                "{\"start\": \"" + LocalDate.now().plusWeeks(2) + "T10:00\", \"durationMinutes\": 60, "
                        + "\"onlineLink\": \"https://video.example/b\"}");
        assertEquals(201, created.status(), created.body());
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM outbox_message WHERE group_id = ?", group));
    }
}
