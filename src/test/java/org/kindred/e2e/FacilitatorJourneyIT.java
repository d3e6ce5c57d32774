package org.kindred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
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
import org.kindred.it.WebClient.Page;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A facilitator on a phone (390 × 844): opens today's session and its running order, records
 * attendance, and moves one of the group's next sessions, after which every member's mailbox has the
 * update. Every page passes axe-core's WCAG 2.2 AA rules.
 */
@ExtendWith(ArquillianExtension.class)
class FacilitatorJourneyIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = Journeys.smtp();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void aFacilitatorRunsTodaysSessionOnAPhoneAndMovesANextOne() throws Exception {
        GroupFixture fixture = new GroupFixture();
        long group = fixture.createGroup("hthp", TestDatabase.unique("Helping the Helper"), 8, fixture.leadId);
        List<String> members = fixture.members(group, "Member", 4);
        long today = fixture.sessionMovedBack(group, "0 HOUR"); // starting now
        LocalDate nextWeek = LocalDate.now(Journeys.LONDON).plusWeeks(1);
        Page series = fixture.signedIn(fixture.organiser).api("POST", "/api/organiser/schedule/groups/" + group + "/series", """
                {"firstStart": "%sT12:30", "rrule": "FREQ=WEEKLY;COUNT=5", "onlineLink": "https://video.example/hth"}"""
                .formatted(nextWeek));
        assertEquals(201, series.status(), series.body());

        LocalDate moved;
        try (Browser browser = new Browser(Browser.PHONE)) {
            browser.signIn(fixture.lead, GroupFixture.PASSWORD).open("/facilitator/sessions.xhtml");
            browser.screenshot("facilitator-sessions");
            assertTrue(browser.text().contains("Times are shown in Europe/London.") && browser.text().contains(
                    "Your device is set to America/New_York: the times here are in Europe/London"), browser.text());

            // 1. today's session: its running order, then its attendance sheet
            browser.open("/facilitator/plan.xhtml?occurrence=" + today);
            assertTrue(browser.text().contains("Running order"), browser.text());
            browser.screenshot("facilitator-plan");
            browser.open("/facilitator/sessions.xhtml")
                    .click(By.xpath("//h2[normalize-space(.)='Record attendance']/following-sibling::ul[1]//a"));
            assertTrue(browser.url().contains("occurrence=" + today), browser.url());
            List<WebElement> lines = browser.all(By.cssSelector("fieldset.attendance-line"));
            assertEquals(4, lines.size(), "one line per member");
            for (int i = 0; i < lines.size(); i++) {
                String mark = i < 3 ? "Present" : "Sent apologies";
                lines.get(i).findElement(By.xpath(".//label[normalize-space(.)='" + mark + "']")).click();
            }
            browser.screenshot("facilitator-attendance", By.tagName("h1"));
            browser.keyboard(By.id("attendance:save"), Keys.ENTER, 60);
            assertTrue(browser.text().contains("Attendance saved."), browser.text());
            assertEquals(List.of("4|3|1|0"), TestDatabase.strings("SELECT CONCAT(expected, '|', present, '|', apologies, "
                    + "'|', absent) FROM attendance_count WHERE occurrence_id = ?", today));

            // 2. the second of next sessions moves a day later; each member's calendar is told
            MAIL.reset();
            browser.open("/facilitator/sessions.xhtml");
            List<WebElement> moves = browser.all(Browser.byText("Move"));
            assertTrue(moves.size() >= 2, "the next sessions can be moved");
            String label = moves.get(1).getAttribute("aria-label");
            browser.click(By.xpath("(//button[normalize-space(.)='Move'])[2]"));
            moved = LocalDate.parse(browser.find("change:start").getAttribute("value")).plusDays(1);
            browser.setValue("change:start", moved.toString());
            browser.screenshot("facilitator-move");
            browser.click("change:move");
            assertTrue(browser.text().contains("The session is moved. The rest of the series stays as it was."),
                    label + ": " + browser.text());
        }
        List<MimeMessage> updates = Mail.await(MAIL, members, Duration.ofSeconds(30), found -> found.stream()
                .map(Mail::recipient).distinct().count() == members.size());
        assertEquals(members.stream().sorted().toList(), updates.stream().map(Mail::recipient).distinct().sorted().toList(),
                "every member receives the change");
        for (MimeMessage update : updates) {
            String ics = Mail.unfold(Mail.calendar(update));
            assertTrue(ics.contains("METHOD:REQUEST") && ics.contains("RECURRENCE-ID"), ics);
            assertTrue(ics.contains("DTSTART;TZID=Europe/London:" + moved.toString().replace("-", "")), ics);
        }
        assertEquals(1, updates.stream().collect(Collectors.groupingBy(Mail::recipient)).values().stream()
                .mapToInt(List::size).max().orElse(0), "one update each");
    }
}
