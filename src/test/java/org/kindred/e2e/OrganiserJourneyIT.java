package org.kindred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
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
import org.openqa.selenium.By;

/**
 * An organiser, in a real browser: a Balint group from its template with a lead and a co-lead, a
 * fortnightly 90-minute series in a room with one clash resolved, a Schwartz Round with a clinical
 * lead and three panellists asked by typing their work addresses (one of which has no account yet)
 * and its preparation meeting, a fourth panellist asked afterwards, and the anonymous report, small
 * numbers shown as *.
 * Every page on the way passes axe-core's WCAG 2.2 AA rules; the pictures go to the user guide.
 */
@ExtendWith(ArquillianExtension.class)
class OrganiserJourneyIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = Journeys.smtp();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void anOrganiserSetsUpAGroupBooksItsRoomPlansARoundAndReadsTheReport() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient api = fixture.signedIn(fixture.organiser);
        String reflectionRoom = TestDatabase.unique("Reflection Room");
        String quietRoom = TestDatabase.unique("Quiet Room");
        long room = fixture.createRoom(api, reflectionRoom, 12, 0, 0);
        fixture.createRoom(api, quietRoom, 12, 0, 0);
        LocalDate first = LocalDate.now(Journeys.LONDON).plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        // another group already holds the room on the series' third Thursday
        long thirdLead = TestDatabase.createPerson(fixture.organisationId, "Fay Facilitator",
                TestDatabase.unique("fay") + "@kindred.test", GroupFixture.PASSWORD, "FACILITATOR");
        long otherGroup = fixture.createGroup("peer-support", TestDatabase.unique("Peer support"), 12, thirdLead);
        Page held = api.api("POST", "/api/organiser/schedule/groups/" + otherGroup + "/extra", """
                {"start": "%sT13:00", "durationMinutes": 60, "roomId": %d}""".formatted(first.plusWeeks(4), room));
        assertEquals(201, held.status(), held.body());
        List<String> staff = fixture.participants("Staff", 3);
        // a panellist whose address has no Kindred account yet: asked all the same
        String newcomer = TestDatabase.unique("new.speaker") + "@kindred.test";
        String rounds = TestDatabase.unique("Schwartz Rounds");
        fixture.createGroup("schwartz", rounds, 120, fixture.leadId);
        String[] reported = Journeys.groupWithSmallAttendance(fixture);
        String balint = TestDatabase.unique("Thursday Balint");
        List<String> leaders = List.of(fixture.lead, fixture.otherLead);

        try (Browser browser = new Browser(Browser.DESKTOP)) {
            // a mistyped password: one plain message that says what to do
            browser.signIn(fixture.organiser, "not my password");
            assertTrue(browser.text().contains("Sign-in failed. Check your email and password, or try again in a few minutes."),
                    browser.text());
            browser.signIn(fixture.organiser, GroupFixture.PASSWORD);

            // 1. a Balint group from its template, with a lead and a co-lead
            browser.open("/organiser/new-group.xhtml");
            browser.click("group:create");
            assertTrue(browser.errorOf("group:template").contains("Choose a programme template."),
                    "the message is tied to its field");
            browser.choose("group:template", "Balint group")
                    .type("group:name", balint)
                    .choose("group:leadId", "Lena Lead")
                    .choose("group:coLeadId", "Omar Other");
            browser.screenshot("organiser-new-group");
            browser.click("group:create");
            assertTrue(browser.text().contains("The group is created."), browser.text());
            long balintId = Long.parseLong(TestDatabase.strings("SELECT id FROM support_group WHERE name = ?", balint).get(0));
            assertEquals(List.of("LEAD", "CO_LEAD"), TestDatabase.strings(
                    "SELECT role FROM group_leader WHERE group_id = ? ORDER BY role = 'CO_LEAD'", balintId));

            // 2. a fortnightly 90-minute series in the Reflection Room; the third date clashes
            browser.open("/organiser/schedule.xhtml?group=" + balintId)
                    .setValue("series:firstStart", first.toString())
                    .setValue("series:firstStartTime", "12:30")
                    .type("series:durationMinutes", "90")
                    .choose("series:pattern", "Every two weeks")
                    .type("series:count", "6")
                    .choose("series:roomId", reflectionRoom)
                    .click("series:book");
            assertTrue(browser.text().contains("Some dates clash: nothing is booked yet"), browser.text());
            assertEquals(0, sessionsOf(api, balintId), "nothing is booked while a date clashes");
            browser.screenshot("organiser-clash");
            browser.choose("clash:moveToRoomId", quietRoom).click("clash:move");
            assertFalse(browser.text().contains("Some dates clash"), browser.text());
            assertEquals(6, sessionsOf(api, balintId), "six fortnightly sessions, the clashing one in another room");
            assertEquals(List.of("5", "1"), TestDatabase.strings("SELECT COUNT(*) FROM session_occurrence o "
                    + "JOIN session_series s ON s.id = o.series_id JOIN room r ON r.id = o.room_id WHERE s.group_id = ? "
                    + "GROUP BY r.name ORDER BY COUNT(*) DESC", balintId));
            // sending the invitations is shown as it goes, until none is waiting
            browser.waitForText("Invitation emails: 0 waiting");
            assertEquals("status", browser.find("progress:delivery").getAttribute("role"), "announced as it changes");
            List<String> invited = Mail.await(MAIL, leaders, Duration.ofSeconds(30), found -> found.stream()
                    .filter(OrganiserJourneyIT::isRequest).map(Mail::recipient).distinct().count() == 2).stream()
                    .filter(OrganiserJourneyIT::isRequest).map(Mail::recipient).distinct().sorted().toList();
            assertEquals(leaders.stream().sorted().toList(), invited, "the lead and the co-lead have the series invitation");
            browser.screenshot("organiser-sessions");

            // 3. a Schwartz Round with its preparation meeting: the clinical lead and three panellists
            //    asked by typing their work addresses, one of which has no account yet
            String topic = TestDatabase.unique("The patient I still think about");
            LocalDate roundDay = first.plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
            browser.open("/organiser/rounds.xhtml")
                    .choose("round:groupId", rounds)
                    .type("round:topic", topic)
                    .setValue("round:start", roundDay.toString())
                    .setValue("round:startTime", "12:30")
                    .choose("round:roomId", reflectionRoom)
                    .choose("round:facilitatorId", "Lena Lead")
                    .type("round:clinicalLeadEmail", staff.get(0))
                    .type("round:panellist1", staff.get(1))
                    .type("round:panellist2", staff.get(2))
                    .type("round:panellist3", newcomer);
            browser.screenshot("organiser-plan-round");
            browser.click("round:plan");
            String planned = browser.text();
            assertTrue(planned.contains("The Round is planned, with its preparation meeting and debrief."), planned);
            assertEquals(List.of("3"), TestDatabase.strings("SELECT COUNT(*) FROM round_panellist p JOIN schwartz_round r"
                    + " ON r.id = p.round_id WHERE r.topic = ?", topic));

            // one more panellist, asked by address too; a mistyped one is refused beside its field
            browser.choose("ask:roundId", topic)
                    .type("ask:email", "staff.member@nhs") // the browser takes it; Kindred needs a domain
                    .click("ask:ask");
            assertEquals("Enter an email address such as name@example.nhs.uk.", browser.errorOf("ask:email"),
                    "the message is tied to the field typed in");
            String fourth = TestDatabase.unique("staff.member") + "@kindred.test";
            browser.type("ask:email", fourth).click("ask:ask");
            String asked = browser.text();
            assertTrue(asked.contains("Asked. Kindred emails the request to this address"), asked);
            for (String address : List.of(staff.get(0), staff.get(1), staff.get(2), newcomer, fourth)) {
                assertTrue(asked.contains(address), "the Round shows the address typed: " + address);
            }
            assertFalse(asked.contains("Staff 1") || asked.contains("Staff 2") || asked.contains("Staff 3"),
                    "and never the name of the account behind it");
            browser.screenshot("organiser-round-panel", By.xpath("//h2[normalize-space(.)='Planned Rounds']"));

            // 4. the anonymous report: three people present is shown as *
            browser.open(reported[0]);
            String report = browser.text();
            assertTrue(report.contains(reported[1]), report);
            assertTrue(report.contains("*"), report);
            assertFalse(report.contains("Staff 2") || report.contains("Member 1"), "no names in a report");
            browser.screenshot("organiser-report", By.xpath("//h2[starts-with(normalize-space(.), 'By programme and group')]"));
        }
    }

    private static boolean isRequest(jakarta.mail.internet.MimeMessage message) {
        try {
            String ics = Mail.calendar(message);
            return ics != null && ics.contains("METHOD:REQUEST");
        } catch (Exception e) {
            return false;
        }
    }

    private static int sessionsOf(WebClient organiser, long group) {
        return organiser.api("GET", "/api/organiser/schedule/groups/" + group + "/series", null).jsonArray().stream()
                .mapToInt(series -> series.asJsonObject().getJsonArray("sessions").size()).sum();
    }
}
