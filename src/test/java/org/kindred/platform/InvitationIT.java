package org.kindred.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kindred.it.KindredDeployment;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * An admin invites someone; the invitation goes out through a real SMTP server (GreenMail); the
 * person chooses a password through the single-use link and signs in with it.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final String ADMIN_PASSWORD = "admin password for tests";
    private static final Pattern LINK = Pattern.compile("(http://\\S+/set-password\\.xhtml\\?token=[A-Za-z0-9_-]+)");

    private String adminEmail;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @BeforeEach
    void admin() throws SQLException {
        adminEmail = TestDatabase.unique("admin") + "@kindred.test";
        TestDatabase.createPerson(TestDatabase.createOrganisation(), "Ada Admin", adminEmail, ADMIN_PASSWORD, "ADMIN");
    }

    @Test
    void invitedPersonSetsAPasswordOnceAndSignsIn() throws Exception {
        String email = TestDatabase.unique("new.member") + "@kindred.test";
        WebClient ada = new WebClient();
        ada.signIn(adminEmail, ADMIN_PASSWORD);
        Page people = ada.get("/admin/people.xhtml");
        Page invited = ada.submit(people, "invite",
                Map.of("name", "Nia Newcomer", "email", email, "roles", "PARTICIPANT"), "submit");
        assertEquals(200, invited.status());
        assertTrue(invited.contains("Invitation sent"), invited.body());

        assertTrue(MAIL.waitForIncomingEmail(10_000, 1), "the invitation reached the SMTP server");
        MimeMessage mail = null;
        for (MimeMessage received : MAIL.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(received.getAllRecipients()).contains(email)) {
                mail = received;
            }
        }
        assertNotNull(mail, "an invitation addressed to the new person");
        assertEquals(1, mail.getAllRecipients().length, "nobody else is addressed");
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", ""));
        assertTrue(link.find(), GreenMailUtil.getBody(mail));
        String url = link.group(1).replaceFirst("http://[^/]+", "");

        WebClient nia = new WebClient();
        Page form = nia.get(url);
        assertEquals(200, form.status());
        Page mismatch = nia.submit(form, "setPassword",
                Map.of("password", "a long enough password", "confirmation", "something else entirely"), "submit");
        assertTrue(mismatch.contains("The two passwords are not the same."), mismatch.body());
        Page tooShort = nia.submit(mismatch, "setPassword", Map.of("password", "short", "confirmation", "short"), "submit");
        assertTrue(tooShort.contains("at least 12 characters"), tooShort.body());
        Page done = nia.submit(tooShort, "setPassword",
                Map.of("password", "river stone lantern", "confirmation", "river stone lantern"), "submit");
        assertTrue(done.contains("Your password is set."), done.body());

        String hash = TestDatabase.passwordHashOf(email);
        assertNotNull(hash);
        String[] parts = hash.split(":");
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 600_000, "iterations stored: " + parts[1]);

        assertEquals(302, new WebClient().signIn(email, "river stone lantern").status(), "signs in with it");

        Page again = new WebClient().get(url);
        assertTrue(again.contains("This link cannot be used"), "the link works once");
        assertFalse(again.contains("id=\"setPassword:password\""));
    }

    @Test
    void anAdminSeesOnlyTheirOwnOrganisationsPeople() throws SQLException {
        String elsewhere = TestDatabase.unique("elsewhere") + "@kindred.test";
        TestDatabase.createPerson(TestDatabase.createOrganisation(), "Elsewhere Person", elsewhere, "x".repeat(12),
                "PARTICIPANT");
        WebClient ada = new WebClient();
        ada.signIn(adminEmail, ADMIN_PASSWORD);
        Page people = ada.get("/admin/people.xhtml");
        assertEquals(200, people.status());
        assertTrue(people.contains(adminEmail));
        assertFalse(people.contains(elsewhere), "another organisation's person");
    }

    @Test
    void forgedLinkIsRefusedClearly() {
        Page page = new WebClient().get("/set-password.xhtml?token=forged-token-value");
        assertEquals(200, page.status());
        assertTrue(page.contains("This link cannot be used"), page.body());
    }

    @Test
    void badInputGetsFieldMessagesAndCreatesNobody() throws SQLException {
        WebClient ada = new WebClient();
        ada.signIn(adminEmail, ADMIN_PASSWORD);
        Page empty = ada.submit(ada.get("/admin/people.xhtml"), "invite", Map.of("name", "", "email", ""), "submit");
        assertEquals(200, empty.status());
        assertTrue(empty.contains("Enter the person&#39;s name.") || empty.contains("Enter the person's name."),
                empty.body());
        assertTrue(empty.contains("Choose at least one role."), empty.body());

        Page badEmail = ada.submit(empty, "invite",
                Map.of("name", "Someone", "email", "not-an-address", "roles", "PARTICIPANT"), "submit");
        assertTrue(badEmail.contains("Email address is not valid"), badEmail.body());

        assertEquals(0, TestDatabase.strings("SELECT id FROM person WHERE email = 'not-an-address'").size());

        // Browsers stop at maxlength; a forged longer value is refused on the server with the limit
        // named, never cut short and stored (InputLimits).
        String longEmail = TestDatabase.unique("long") + "@kindred.test";
        Page tooLong = ada.submit(badEmail, "invite",
                Map.of("name", "x".repeat(300), "email", longEmail, "roles", "PARTICIPANT"), "submit");
        assertEquals(200, tooLong.status());
        assertTrue(tooLong.contains("Use at most 200 characters."), tooLong.body());
        assertEquals(List.of(), TestDatabase.strings("SELECT id FROM person WHERE email = ?", longEmail));

        Page duplicate = ada.submit(tooLong, "invite",
                Map.of("name", "Ada Again", "email", adminEmail, "roles", "ADMIN"), "submit");
        assertTrue(duplicate.contains("already exists"), duplicate.body());
    }
}
