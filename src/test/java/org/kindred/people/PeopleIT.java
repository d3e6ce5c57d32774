package org.kindred.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Issue 21: an admin changes roles (in force on the person's next request) and deactivates a leaver,
 * who is signed out, leaves their groups through the same path as a member who leaves, and hands on
 * the groups they lead; reactivation restores the account, not the groups.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final AtomicInteger DAYS = new AtomicInteger(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void aRemovedRoleIsRefusedOnTheNextRequestWithoutSigningOut() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient admin = admin(fixture);
        String email = TestDatabase.unique("changing") + "@kindred.test";
        long id = TestDatabase.createPerson(fixture.organisationId, "Chris Changing", email, GroupFixture.PASSWORD,
                "FACILITATOR", "PARTICIPANT");
        WebClient person = fixture.signedIn(email);
        assertEquals(200, person.get("/facilitator/index.xhtml").status());

        Page changed = admin.api("PUT", "/api/admin/people/" + id + "/roles", "{\"roles\": [\"PARTICIPANT\"]}");
        assertEquals(200, changed.status(), changed.body());

        assertEquals(403, person.get("/facilitator/index.xhtml").status(), "refused at once");
        assertEquals(200, person.get("/participant/index.xhtml").status(), "still signed in");
        assertEquals(List.of("PARTICIPANT"), TestDatabase.strings("SELECT role FROM person_role WHERE person_id = ?", id));
        assertEquals(List.of("CHANGE_ROLES " + id + " " + TestDatabase.personId(adminEmail)),
                TestDatabase.strings("SELECT CONCAT(action, ' ', subject_id, ' ', actor_id) FROM audit_entry "
                        + "WHERE subject_id = ?", id));

        Page none = admin.api("PUT", "/api/admin/people/" + id + "/roles", "{\"roles\": []}");
        assertEquals(409, none.status(), none.body());
        Page ownAdmin = admin.api("PUT", "/api/admin/people/" + TestDatabase.personId(adminEmail) + "/roles",
                "{\"roles\": [\"ORGANISER\"]}");
        assertEquals(409, ownAdmin.status(), "an admin keeps their own admin role: " + ownAdmin.body());
        Page self = admin.api("POST", "/api/admin/people/" + TestDatabase.personId(adminEmail) + "/deactivation", null);
        assertEquals(409, self.status(), self.body());
    }

    @Test
    void aLeaverIsSignedOutTakenOutOfGroupsAndTheirGroupsAreHandedOnOrFlagged() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient admin = admin(fixture);
        WebClient organiser = fixture.signedIn(fixture.organiser);
        String leaverEmail = TestDatabase.unique("leaver") + "@kindred.test";
        long leaver = TestDatabase.createPerson(fixture.organisationId, "Lee Leaver", leaverEmail, GroupFixture.PASSWORD,
                "FACILITATOR", "PARTICIPANT");

        String coLedName = TestDatabase.unique("Co-led");
        Page coLedMade = organiser.api("POST", "/api/organiser/groups", """
                {"template": "balint", "name": "%s", "maxMembers": 10, "leadId": %d, "coLeadId": %d}
                """.formatted(coLedName, leaver, fixture.otherLeadId));
        assertEquals(201, coLedMade.status(), coLedMade.body());
        long coLed = coLedMade.json().getJsonNumber("id").longValue();
        String soloName = TestDatabase.unique("Solo");
        long solo = fixture.createGroup("peer-support", soloName, 6, leaver);
        long joined = fixture.createGroup("peer-support", TestDatabase.unique("Joined"), 6, fixture.leadId);
        for (long group : List.of(coLed, solo, joined)) {
            futureSession(organiser, group);
        }
        fixture.join(joined, leaverEmail);
        List<String> others = fixture.members(joined, "Seated", 5);
        String waiting = fixture.participants("Waiting", 1).get(0);
        fixture.join(joined, waiting);
        assertEquals(List.of("WAITLISTED"), status(joined, waiting));

        WebClient leaverBrowser = fixture.signedIn(leaverEmail);
        assertEquals(200, leaverBrowser.api("GET", "/api/participant/groups", null).status());
        Mail.await(MAIL, List.of(waiting), Duration.ofSeconds(10), m -> false); // let the joins' mails settle
        MAIL.purgeEmailFromAllMailboxes();

        Page refused = organiser.api("POST", "/api/admin/people/" + leaver + "/deactivation", null);
        assertEquals(403, refused.status(), "only admins");
        Page done = admin.api("POST", "/api/admin/people/" + leaver + "/deactivation", null);
        assertEquals(200, done.status(), done.body());
        assertTrue(done.json().getBoolean("changed"));

        assertEquals(401, leaverBrowser.api("GET", "/api/participant/groups", null).status(), "signed out at once");
        assertEquals(200, leaverBrowser.get("/login.xhtml").status());
        assertFalse(signsIn(leaverEmail), "cannot sign in");

        assertEquals(List.of(), TestDatabase.strings("SELECT group_id FROM membership WHERE person_id = ?", leaver));
        assertEquals(List.of("MEMBER"), status(joined, waiting), "the waitlist moved up");
        assertEquals(List.of("LEAD " + fixture.otherLeadId), TestDatabase.strings(
                "SELECT CONCAT(role, ' ', person_id) FROM group_leader WHERE group_id = ?", coLed));
        assertEquals(List.of(), TestDatabase.strings("SELECT role FROM group_leader WHERE group_id = ?", solo));
        Page organiserList = organiser.get("/organiser/index.xhtml");
        assertTrue(organiserList.contains("Needs a facilitator"), "flagged to the organiser");
        assertTrue(organiser.get("/organiser/schedule.xhtml?group=" + solo).contains("Needs a facilitator"),
                "and on the group's page");
        assertFalse(organiser.get("/organiser/schedule.xhtml?group=" + coLed).contains("Needs a facilitator"));

        List<MimeMessage> leaverMail = Mail.await(MAIL, List.of(leaverEmail), Duration.ofSeconds(20),
                m -> cancels(m) >= 3);
        assertEquals(3, cancels(leaverMail), "a CANCEL for each group's sessions still to come");
        List<MimeMessage> promotedMail = Mail.await(MAIL, List.of(waiting), Duration.ofSeconds(20),
                m -> m.size() >= 2 && requests(m) >= 1);
        assertTrue(requests(promotedMail) >= 1, "the promoted person is invited");
        assertEquals(0, cancels(Mail.to(MAIL, others)), "the others keep their sessions");

        assertEquals(List.of("DEACTIVATE_PERSON"), TestDatabase.strings(
                "SELECT action FROM audit_entry WHERE subject_id = ? AND actor_id IS NOT NULL", leaver));
        Page again = admin.api("POST", "/api/admin/people/" + leaver + "/deactivation", null);
        assertEquals(200, again.status());
        assertFalse(again.json().getBoolean("changed"), "idempotent");
        assertEquals(List.of("1"), TestDatabase.strings(
                "SELECT COUNT(*) FROM audit_entry WHERE subject_id = ? AND action = 'DEACTIVATE_PERSON'", leaver));

        Page back = admin.api("POST", "/api/admin/people/" + leaver + "/reactivation", null);
        assertEquals(200, back.status(), back.body());
        assertTrue(signsIn(leaverEmail), "can sign in again");
        assertEquals(List.of(), TestDatabase.strings("SELECT group_id FROM membership WHERE person_id = ?", leaver),
                "not back in their groups");
        assertEquals(List.of("FACILITATOR", "PARTICIPANT"), TestDatabase.strings(
                "SELECT role FROM person_role WHERE person_id = ? ORDER BY role", leaver), "the same roles");
        assertEquals(List.of("REACTIVATE_PERSON"), TestDatabase.strings(
                "SELECT action FROM audit_entry WHERE subject_id = ? AND action = 'REACTIVATE_PERSON'", leaver));
    }

    @Test
    void aLeaverComesOffFuturePanelsAndTheirRoundIsFlaggedToTheOrganiser() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient admin = admin(fixture);
        WebClient organiser = fixture.signedIn(fixture.organiser);
        String facilitatorEmail = TestDatabase.unique("round.lead") + "@kindred.test";
        long facilitator = TestDatabase.createPerson(fixture.organisationId, "Rhea Roundlead", facilitatorEmail,
                GroupFixture.PASSWORD, "FACILITATOR");
        List<String> panel = fixture.participants("Panellist", 2);
        long room = fixture.createRoom(organiser, TestDatabase.unique("Hall"), 80, 0, 0);
        long programme = fixture.createGroup("schwartz", TestDatabase.unique("Rounds"), 120, fixture.leadId);
        String clinicalLead = fixture.participants("Clinical lead", 1).get(0);
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(DAYS.addAndGet(10) + 30)
                .withHour(12).withMinute(30).withSecond(0).withNano(0);
        Page planned = organiser.api("POST", "/api/organiser/rounds", """
                {"groupId": %d, "topic": "A day I will not forget", "start": "%s", "roomId": %d,
                 "facilitatorId": %d, "clinicalLeadEmail": "%s", "panellistEmails": ["%s", "%s"]}""".formatted(programme,
                start, room, facilitator, clinicalLead, panel.get(0), panel.get(1)));
        assertEquals(201, planned.status(), planned.body());
        long round = planned.json().getJsonNumber("id").longValue();
        Page consented = fixture.signedIn(panel.get(0)).api("POST", "/api/participant/schedule/panels/" + round
                + "/consent", null);
        assertTrue(consented.status() < 300, consented.body());
        MAIL.purgeEmailFromAllMailboxes();

        long panellist = TestDatabase.personId(panel.get(0));
        assertEquals(200, admin.api("POST", "/api/admin/people/" + panellist + "/deactivation", null).status());
        assertEquals(List.of("WITHDRAWN"), TestDatabase.strings(
                "SELECT status FROM round_panellist WHERE round_id = ? AND person_id = ?", round, panellist));
        List<MimeMessage> cancelled = Mail.await(MAIL, List.of(panel.get(0)), Duration.ofSeconds(20),
                m -> cancels(m) >= 2);
        assertEquals(2, cancels(cancelled), "the Round and its preparation meeting cancelled for them");
        long asked = TestDatabase.personId(panel.get(1));
        assertEquals(200, admin.api("POST", "/api/admin/people/" + asked + "/deactivation", null).status());
        assertEquals(List.of("DECLINED"), TestDatabase.strings(
                "SELECT status FROM round_panellist WHERE round_id = ? AND person_id = ?", round, asked));

        assertFalse(organiser.get("/organiser/rounds.xhtml").contains("Needs a facilitator"));
        Page gone = admin.api("POST", "/api/admin/people/" + facilitator + "/deactivation", null);
        assertEquals(200, gone.status(), gone.body());
        assertEquals(List.of(round), gone.json().getJsonArray("roundsWithoutFacilitator")
                .getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::longValue).toList());
        assertTrue(organiser.get("/organiser/rounds.xhtml").contains("Needs a facilitator"), "flagged to the organiser");
    }

    @Test
    void theAdminPageChangesRolesAndDeactivatesAfterAConfirmation() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient admin = admin(fixture);
        String email = TestDatabase.unique("paged") + "@kindred.test";
        long id = TestDatabase.createPerson(fixture.organisationId, "Pat Paged", email, GroupFixture.PASSWORD,
                "PARTICIPANT");
        Page people = admin.get("/admin/people.xhtml");
        assertTrue(people.contains("/admin/person.xhtml?id=" + id), people.body());
        Page page = admin.get("/admin/person.xhtml?id=" + id);
        assertEquals(200, page.status(), page.body());
        Page asked = admin.submit(page, "account", Map.of(), "deactivate");
        assertTrue(asked.contains("Deactivating this person will"), asked.body());
        assertEquals(List.of("yes"), TestDatabase.strings("SELECT CASE WHEN active THEN 'yes' ELSE 'no' END FROM person WHERE id = ?", id), "not yet");
        Page confirmed = admin.submit(asked, "account", Map.of(), "confirm");
        assertTrue(confirmed.contains("Deactivated."), confirmed.body());
        assertEquals(List.of("no"), TestDatabase.strings("SELECT CASE WHEN active THEN 'yes' ELSE 'no' END FROM person WHERE id = ?", id));
        Page reactivated = admin.submit(confirmed, "account", Map.of(), "reactivate");
        assertTrue(reactivated.contains("Reactivated."), reactivated.body());

        assertEquals(404, admin.get("/admin/person.xhtml?id=" + TestDatabase.createPerson(
                TestDatabase.createOrganisation(), "Elsewhere", TestDatabase.unique("else") + "@kindred.test",
                null, "PARTICIPANT")).status(), "another organisation's person is not found");
    }

    private String adminEmail;

    private WebClient admin(GroupFixture fixture) throws Exception {
        adminEmail = TestDatabase.unique("admin") + "@kindred.test";
        TestDatabase.createPerson(fixture.organisationId, "Ada Admin", adminEmail, GroupFixture.PASSWORD, "ADMIN");
        return fixture.signedIn(adminEmail);
    }

    private static boolean signsIn(String email) {
        return new WebClient().signIn(email, GroupFixture.PASSWORD).status() == 302;
    }

    private static List<String> status(long group, String email) throws Exception {
        return TestDatabase.strings("SELECT m.status FROM membership m JOIN person p ON p.id = m.person_id "
                + "WHERE m.group_id = ? AND p.email = ?", group, email);
    }

    private static void futureSession(WebClient organiser, long group) {
        LocalDateTime later = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(DAYS.incrementAndGet())
                .withHour(9).withMinute(0).withSecond(0).withNano(0);
        Page extra = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/extra", """
                {"start": "%s", "durationMinutes": 60, "onlineLink": "https://video.example/m"}""".formatted(later));
        assertEquals(201, extra.status(), extra.body());
    }

    private static long cancels(List<MimeMessage> messages) {
        return method(messages, "CANCEL");
    }

    private static long requests(List<MimeMessage> messages) {
        return method(messages, "REQUEST");
    }

    private static long method(List<MimeMessage> messages, String method) {
        return messages.stream().filter(m -> {
            try {
                String ics = Mail.calendar(m);
                return ics != null && method.equals(Mail.value(ics, "METHOD"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}
