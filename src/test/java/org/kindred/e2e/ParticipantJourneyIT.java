package org.kindred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kindred.application.account.SetupTokens;
import org.kindred.it.GroupFixture;
import org.kindred.it.KindredDeployment;
import org.kindred.it.Mail;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient.Page;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A participant, in a real browser and with the keyboard alone where it counts: accepts the calendar
 * invitation through its signed link, accepts the ground rules, marks this week's homework done,
 * answers the anonymous evaluation, and leaves the group, whose first waitlisted person is promoted.
 * A full group, a tampered link and an expired link each give a message a person understands.
 */
@ExtendWith(ArquillianExtension.class)
class ParticipantJourneyIT {

    private static final String SCHEDULING = "scheduling@kindred.test";
    private static final Pattern ACCEPT = Pattern.compile("I will attend: (http\\S+)");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {
            new ServerSetup(Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(Integer.getInteger("kindred.it.imap.port", 23143), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(SCHEDULING, SCHEDULING, "imap-test-password"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void aParticipantAcceptsTheInviteDoesTheHomeworkAnswersTheEvaluationAndLeaves() throws Exception {
        GroupFixture fixture = new GroupFixture();
        String name = TestDatabase.unique("Helping the Helper");
        long group = fixture.createGroup("hthp", name, 4, fixture.leadId);
        List<String> people = fixture.participants("Pat Participant", 6);
        String pat = people.get(0);
        for (String member : people.subList(0, 4)) {
            fixture.join(group, member);
        }
        String firstWaiting = people.get(4);
        String secondWaiting = people.get(5);
        fixture.join(group, firstWaiting); // the group is full: first on the waitlist
        Page series = fixture.signedIn(fixture.organiser).api("POST", "/api/organiser/schedule/groups/" + group + "/series", """
                {"firstStart": "%sT12:30", "rrule": "FREQ=WEEKLY;COUNT=5", "onlineLink": "https://video.example/hth"}"""
                .formatted(LocalDate.now(Journeys.LONDON).plusWeeks(1)));
        assertEquals(201, series.status(), series.body());
        long held = fixture.pastSession(group, 3); // this morning's session: its homework is current
        MimeMessage invitation = Mail.await(MAIL, List.of(pat), Duration.ofSeconds(30),
                found -> found.stream().anyMatch(ParticipantJourneyIT::isSeriesRequest)).stream()
                .filter(ParticipantJourneyIT::isSeriesRequest).findFirst().orElseThrow();
        String accept = Mail.link(invitation, ACCEPT);
        assertNotNull(accept, "the invitation carries an accept link");

        try (Browser browser = new Browser(Browser.DESKTOP)) {
            // 1. the invitation's signed link: opening it asks, and only the button answers
            browser.open(accept);
            browser.screenshot("participant-rsvp");
            browser.keyboard(By.id("rsvp:confirm"), Keys.ENTER, 10);
            browser.waitForText("Thank you. We have noted that you");
            assertEquals(List.of("ACCEPTED"), TestDatabase.strings(
                    "SELECT part_stat FROM calendar_response WHERE person_id = ?", TestDatabase.personId(pat)));
            browser.open(accept.replaceFirst("token=.", "token=X"));
            assertTrue(browser.text().contains("not valid"), "a tampered link: " + browser.text());

            // 2. the ground rules, with the keyboard
            browser.signIn(pat, GroupFixture.PASSWORD).open("/participant/index.xhtml");
            browser.screenshot("participant-groups");
            browser.keyboard(Browser.byText("I accept these ground rules"), Keys.ENTER, 40);
            assertTrue(browser.text().contains("Thank you: you have accepted the ground rules."), browser.text());

            // 3. this week's homework, marked done with the keyboard
            browser.open("/participant/homework.xhtml");
            browser.screenshot("participant-homework");
            browser.keyboard(Browser.byText("I did it"), Keys.ENTER, 40);
            assertTrue(browser.text().contains("Thank you. You said you did it."), browser.text());

            // 4. the anonymous evaluation: sending nothing says what to do
            browser.click(By.linkText("Tell us anonymously how the session went"));
            browser.click("evaluation:submit");
            assertTrue(browser.text().contains("Answer at least one question, or leave the evaluation for now."),
                    browser.text());
            for (var statement : browser.all(By.cssSelector("ul[id$=':score'], table[id$=':score']"))) {
                statement.findElements(By.cssSelector("input[type=radio]")).get(3).click();
            }
            browser.all(By.cssSelector("[id$='overall'] input[type=radio]")).get(3).click();
            browser.screenshot("participant-evaluation");
            browser.click("evaluation:submit");
            assertTrue(browser.text().contains("Thank you. Your answers are kept without your name."), browser.text());
            assertEquals(List.of("1"), TestDatabase.strings(
                    "SELECT COUNT(*) FROM evaluation_response WHERE occurrence_id = ?", held));

            // 5. a full group: the next person is told where they stand
            try (Browser other = new Browser(Browser.DESKTOP)) {
                other.signIn(secondWaiting, GroupFixture.PASSWORD).open("/participant/index.xhtml");
                other.clickText("Join the waitlist");
                assertTrue(other.text().contains("The group is full: you are number 2 on its waitlist."), other.text());
            }

            // 6. leaving asks first; the first person waiting gets the place and an email
            browser.open("/participant/index.xhtml").clickText("Leave the group");
            browser.screenshot("participant-leave-confirm");
            browser.clickText("Yes, leave the group");
            assertTrue(browser.text().contains("You have left the group."), browser.text());
        }
        assertEquals(List.of("MEMBER"), TestDatabase.strings(
                "SELECT status FROM membership WHERE group_id = ? AND person_id = ?", group, TestDatabase.personId(firstWaiting)));
        assertTrue(Mail.await(MAIL, List.of(firstWaiting), Duration.ofSeconds(30), found -> found.stream()
                .anyMatch(m -> text(m).contains("a place has come up"))).size() > 0, "the promoted person is told");

        // an expired set-up link says so plainly
        String secret = "expired-" + TestDatabase.unique("link");
        try (var db = TestDatabase.connect(); var insert = db.prepareStatement("INSERT INTO password_setup_token "
                + "(person_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, TestDatabase.personId(pat));
            insert.setString(2, SetupTokens.hash(secret));
            insert.setObject(3, java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(10))));
            insert.setObject(4, java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(3))));
            insert.executeUpdate();
        }
        try (Browser browser = new Browser(Browser.PHONE)) {
            browser.open("/set-password.xhtml?token=" + secret);
            assertTrue(browser.text().contains("This link cannot be used: it has been used already, has expired"),
                    browser.text());
        }
    }

    private static boolean isSeriesRequest(MimeMessage message) {
        try {
            String ics = Mail.calendar(message);
            return ics != null && ics.contains("METHOD:REQUEST") && ics.contains("RRULE:");
        } catch (Exception e) {
            return false;
        }
    }

    private static String text(MimeMessage message) {
        try {
            return Mail.text(Mail.part(message, "text/plain"));
        } catch (Exception e) {
            return "";
        }
    }
}
