package org.kindred.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
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

/** Leaving promotes the first waitlisted person, who hears by email; ground rules are accepted once per version. */
@ExtendWith(ArquillianExtension.class)
class WaitlistAndGroundRulesIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final Pattern RULES_LINK = Pattern.compile("http://\\S+(/ground-rules\\.xhtml\\?token=[A-Za-z0-9_-]+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void leavingPromotesTheFirstWaitlistedPersonWhoIsToldByEmail() throws Exception {
        GroupFixture fixture = new GroupFixture();
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Six places"), 6, fixture.leadId);
        List<String> people = fixture.participants("Queuer", 8);
        for (String email : people) {
            fixture.signedIn(email).api("POST", "/api/participant/groups/" + group + "/join", null);
        }
        String firstWaiting = people.get(6);
        String secondWaiting = people.get(7);
        assertEquals(1, position(fixture, firstWaiting, group));
        assertEquals(2, position(fixture, secondWaiting, group));
        MAIL.purgeEmailFromAllMailboxes();

        Page left = fixture.signedIn(people.get(2)).api("POST", "/api/participant/groups/" + group + "/leave", null);
        assertEquals(204, left.status(), left.body());

        assertEquals(List.of("MEMBER"), TestDatabase.strings(
                "SELECT m.status FROM membership m JOIN person p ON p.id = m.person_id WHERE m.group_id = ? AND p.email = ?",
                group, firstWaiting));
        assertEquals(List.of(), TestDatabase.strings(
                "SELECT m.status FROM membership m JOIN person p ON p.id = m.person_id WHERE m.group_id = ? AND p.email = ?",
                group, people.get(2)), "leaving keeps nothing");
        assertEquals(1, position(fixture, secondWaiting, group), "the queue moved up");
        assertEquals(List.of("6"), TestDatabase.strings(
                "SELECT COUNT(*) FROM group_seat WHERE group_id = ? AND membership_id IS NOT NULL", group));

        // Mail goes through the outbox: the ground-rules emails of the joins may still be arriving.
        List<MimeMessage> promotions = Mail.await(MAIL, people, java.time.Duration.ofSeconds(10),
                m -> !promotedOnly(m).isEmpty());
        assertEquals(1, promotedOnly(promotions).size(), "one promotion email");
        MimeMessage promoted = promotedOnly(promotions).get(0);
        assertEquals(firstWaiting, GreenMailUtil.getAddressList(promoted.getAllRecipients()));
        assertFalse(GreenMailUtil.getBody(promoted).contains("Six places"), "the email names no group");
    }

    private static List<MimeMessage> promotedOnly(List<MimeMessage> messages) {
        return messages.stream().filter(m -> {
            try {
                return "A place has come up in your group".equals(m.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void aMemberWhoHasNotAcceptedTheCurrentRulesIsFlaggedAndTheEmailedLinkWorksOnce() throws Exception {
        GroupFixture fixture = new GroupFixture();
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Rules"), 10, fixture.leadId);
        String member = fixture.participants("Rule reader", 1).get(0);
        MAIL.purgeEmailFromAllMailboxes();
        assertEquals("MEMBER", fixture.signedIn(member)
                .api("POST", "/api/participant/groups/" + group + "/join", null).json().getString("status"));

        WebClient lead = fixture.signedIn(fixture.lead);
        assertFalse(acceptedOnRoster(lead, group, member), "flagged until accepted");
        assertEquals(1, facilitatorLine(lead, group).getInt("notAcceptedRules"));

        String link = linkFor(member);
        WebClient browser = new WebClient();
        Page page = browser.get(link);
        assertEquals(200, page.status());
        assertTrue(page.contains("What is said in the group stays in the group."), page.body());
        assertFalse(acceptedOnRoster(lead, group, member), "opening the link changes nothing");
        WebClient secondTab = new WebClient();
        Page samePage = secondTab.get(link);

        Page accepted = browser.submit(page, "rules", Map.of(), "accept");
        assertTrue(accepted.contains("you have accepted the ground rules"), accepted.body());
        assertTrue(acceptedOnRoster(lead, group, member));
        assertEquals(0, facilitatorLine(lead, group).getInt("notAcceptedRules"));

        Page secondUse = secondTab.submit(samePage, "rules", Map.of(), "accept");
        assertEquals(200, secondUse.status());
        assertTrue(secondUse.contains("already been used"), "a second use fails clearly: " + secondUse.body());
        Page again = new WebClient().get(link);
        assertTrue(again.contains("This link cannot be used"), again.body());

        // New rules: a new version, and everyone must accept again.
        MAIL.purgeEmailFromAllMailboxes();
        Page changed = lead.api("PUT", "/api/facilitator/groups/" + group + "/ground-rules",
                "{\"text\": \"What is said in the group stays in the group.\\nPhones away.\"}");
        assertEquals(200, changed.status(), changed.body());
        assertEquals(2, changed.json().getInt("version"));
        assertFalse(acceptedOnRoster(lead, group, member));
        assertNotNull(linkFor(member), "asked again by email");
        assertEquals(204, fixture.signedIn(member)
                .api("POST", "/api/participant/groups/" + group + "/ground-rules/acceptance", null).status());
        assertTrue(acceptedOnRoster(lead, group, member), "accepting in the portal works too");
    }

    private static long position(GroupFixture fixture, String email, long group) {
        return fixture.signedIn(email).api("GET", "/api/participant/groups", null).jsonArray().stream()
                .map(JsonObject.class::cast).filter(g -> g.getJsonNumber("id").longValue() == group)
                .findFirst().orElseThrow().getJsonNumber("waitlistPosition").longValue();
    }

    private static boolean acceptedOnRoster(WebClient lead, long group, String email) {
        return lead.api("GET", "/api/facilitator/groups/" + group + "/roster", null).json().getJsonArray("entries")
                .stream().map(JsonObject.class::cast).filter(e -> e.getString("email").equals(email))
                .findFirst().orElseThrow().getBoolean("acceptedCurrentRules");
    }

    private static JsonObject facilitatorLine(WebClient lead, long group) {
        return lead.api("GET", "/api/facilitator/groups", null).jsonArray().stream().map(JsonObject.class::cast)
                .filter(g -> g.getJsonNumber("id").longValue() == group).findFirst().orElseThrow();
    }

    /** The ground-rules link mailed to this person: waited for, as mail leaves through the outbox. */
    private static String linkFor(String email) throws Exception {
        for (MimeMessage message : Mail.await(MAIL, List.of(email), java.time.Duration.ofSeconds(10),
                m -> m.stream().anyMatch(x -> rulesLink(x) != null))) {
            String link = rulesLink(message);
            if (link != null) {
                return link;
            }
        }
        throw new AssertionError("no ground-rules link was mailed to " + email);
    }

    private static String rulesLink(MimeMessage message) {
        Matcher matcher = RULES_LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
        return matcher.find() ? matcher.group(1) : null;
    }
}
