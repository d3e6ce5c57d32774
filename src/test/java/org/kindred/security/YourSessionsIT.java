package org.kindred.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kindred.it.KindredDeployment;
import org.kindred.it.Mail;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * Issue 20 (ADR 0024): one's own sessions, listed and ended from another; password and address changes
 * sign the other sessions out; an address changes only from a link sent to it; passwords on the shipped
 * list of common and breached ones are refused.
 */
@ExtendWith(ArquillianExtension.class)
class YourSessionsIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final String PASSWORD = "correct horse battery";
    private static final Pattern CONFIRM_LINK = Pattern.compile("(https?://\\S+/confirm-email\\.xhtml\\?token=\\S+)");

    private long organisation;
    private String person;
    private long personId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @BeforeEach
    void person() throws SQLException {
        organisation = TestDatabase.createOrganisation();
        person = TestDatabase.unique("sessions.person") + "@kindred.test";
        personId = TestDatabase.createPerson(organisation, "Sam Sessions", person, PASSWORD, "PARTICIPANT");
    }

    @Test
    void sessionsAreListedAndOneSignsAnotherOutAtItsNextRequest() throws Exception {
        WebClient ward = new WebClient();
        assertEquals(302, ward.signIn(person, PASSWORD).status());
        WebClient phone = new WebClient();
        assertEquals(302, phone.signIn(person, PASSWORD).status());
        assertEquals(2, rows(), "a row per sign-in");

        Page account = ward.get("/account.xhtml");
        assertEquals(200, account.status());
        assertTrue(account.contains("Where you are signed in"), account.body());
        assertEquals(1, count(account.body(), "(this session)"), "this session is marked, once");
        assertTrue(account.contains("id=\"sessions:list:0:signOut\""), "the newest, the phone's, can be signed out");
        assertFalse(account.contains("id=\"sessions:list:1:signOut\""), "this one is signed out with Sign out");
        assertFalse(account.body().contains("Java-http-client"), "the User-Agent itself is not shown");

        Page done = ward.submit(account, "sessions", Map.of(), "list:0:signOut");
        assertTrue(done.contains("That session has been signed out."), done.body());
        assertEquals(1, rows());

        Page ended = phone.get("/home.xhtml");
        assertEquals(302, ended.status(), "the phone is signed out at its next request");
        assertTrue(ended.location().endsWith("/login.xhtml?signedOut=ended"), ended.location());
        assertTrue(phone.get("/login.xhtml?signedOut=ended").contains("your session was ended from another session"));
        assertEquals(401, phone.api("GET", "/api/account/data", null).status(), "and stays signed out");
        assertEquals(200, ward.get("/home.xhtml").status(), "the ward computer is still signed in");

        // the API says the same, and signs out only the caller's own sessions
        Page listed = ward.api("GET", "/api/account/sessions", null);
        assertEquals(200, listed.status(), listed.body());
        assertTrue(listed.body().contains("\"current\":true"), listed.body());
        String otherPersons = TestDatabase.strings("select max(id) from signed_in_session where person_id <> ?", personId).get(0);
        if (otherPersons != null) {
            assertEquals(404, ward.api("DELETE", "/api/account/sessions/" + otherPersons, null).status());
        }

        WebClient laptop = new WebClient();
        laptop.signIn(person, PASSWORD);
        WebClient tablet = new WebClient();
        tablet.signIn(person, PASSWORD);
        Page all = ward.submit(ward.get("/account.xhtml"), "sessions", Map.of(), "signOutOthers");
        assertTrue(all.contains("Other sessions signed out: 2."), all.body());
        assertEquals(302, laptop.get("/home.xhtml").status());
        assertEquals(302, tablet.get("/home.xhtml").status());
        assertEquals(200, ward.get("/home.xhtml").status());

        Page home = ward.get("/home.xhtml");
        ward.submit(home, "nav", Map.of(), "signOut");
        assertEquals(0, rows(), "signing out removes the row");
    }

    @Test
    void changingYourPasswordSignsOutYourOtherSessions() throws Exception {
        WebClient ward = new WebClient();
        ward.signIn(person, PASSWORD);
        WebClient phone = new WebClient();
        phone.signIn(person, PASSWORD);
        // someone who knew the old password asks to move the address to their own mailbox
        String theirs = TestDatabase.unique("sessions.intruder") + "@kindred.test";
        Page asked = phone.submit(phone.get("/account.xhtml"), "account",
                Map.of("newEmail", theirs, "confirmation", theirs, "password", PASSWORD), "change");
        assertTrue(asked.contains("We have sent a link to " + theirs), asked.body());
        assertEquals(List.of("1"), TestDatabase.strings("SELECT COUNT(*) FROM email_change WHERE person_id = ?", personId));
        String next = "a longer passphrase for the ward";
        Page page = ward.submit(ward.get("/account.xhtml"), "password",
                Map.of("current", PASSWORD, "newPassword", next, "newPasswordAgain", next), "changePassword");
        assertTrue(page.contains("Your password has been changed, and your other sessions have been signed out."), page.body());
        assertEquals(302, phone.get("/home.xhtml").status(), "the other session is signed out");
        assertEquals(200, ward.get("/home.xhtml").status(), "this one carries on");
        assertEquals(1, rows());
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM email_change WHERE person_id = ?", personId),
                "a new password also cancels an address change asked for with the old one");
    }

    @Test
    void commonAndBreachedPasswordsAreRefusedWhenChangingAndWhenSettingOne() throws Exception {
        WebClient ward = new WebClient();
        ward.signIn(person, PASSWORD);
        String hash = TestDatabase.passwordHashOf(person);
        Page page = ward.submit(ward.get("/account.xhtml"), "password",
                Map.of("current", PASSWORD, "newPassword", "qwerty123456", "newPasswordAgain", "qwerty123456"), "changePassword");
        assertTrue(page.contains("This password is on a list of common or breached passwords"), page.body());
        assertEquals(hash, TestDatabase.passwordHashOf(person), "unchanged");

        String secret = setupLink(personId);
        WebClient invited = new WebClient();
        Page form = invited.get("/set-password.xhtml?token=" + secret);
        Page refused = invited.submit(form, "setPassword",
                Map.of("password", "1qaz2wsx3edc", "confirmation", "1qaz2wsx3edc"), "submit");
        assertTrue(refused.contains("This password is on a list of common or breached passwords"), refused.body());
        assertEquals(hash, TestDatabase.passwordHashOf(person), "unchanged");
        Page done = invited.submit(refused, "setPassword",
                Map.of("password", "lantern harbour meadow", "confirmation", "lantern harbour meadow"), "submit");
        assertTrue(done.contains("id=\"done\""), done.body());
        assertEquals(0, rows(), "setting a password by link signs every session out");
    }

    @Test
    void anAddressChangesOnlyFromTheLinkSentToItOnceAndInTime() throws Exception {
        WebClient ward = new WebClient();
        ward.signIn(person, PASSWORD);
        WebClient phone = new WebClient();
        phone.signIn(person, PASSWORD);
        String newAddress = TestDatabase.unique("sessions.moved") + "@kindred.test";
        Page asked = ward.submit(ward.get("/account.xhtml"), "account",
                Map.of("newEmail", newAddress, "confirmation", newAddress, "password", PASSWORD), "change");
        assertTrue(asked.contains("We have sent a link to " + newAddress), asked.body());
        assertEquals(List.of(person), email(), "nothing changes yet");

        var mails = Mail.await(MAIL, List.of(person, newAddress), Duration.ofSeconds(20), m -> m.size() == 2);
        MimeMessage toNew = only(Mail.to(MAIL, List.of(newAddress)));
        MimeMessage toOld = only(Mail.to(MAIL, List.of(person)));
        assertEquals(2, mails.size());
        assertEquals("Confirm your new Kindred sign-in address", toNew.getSubject());
        assertEquals("A change of your Kindred sign-in address was asked for", toOld.getSubject());
        assertTrue(body(toOld).contains(newAddress), "the old address is told which");
        assertTrue(!CONFIRM_LINK.matcher(body(toOld)).find(), "the old address gets no link");
        String link = link(toNew);
        assertNotNull(link, "the new address gets the link");

        Page question = ward.get(link);
        assertEquals(200, question.status());
        assertTrue(question.contains("Sign in to Kindred with " + newAddress + " from now on?"), question.body());
        assertEquals(List.of(person), email(), "opening the link changes nothing: mail scanners open links");
        assertEquals(302, new WebClient().signIn(person, PASSWORD).status(), "the old address still signs in");

        Page confirmed = ward.submit(question, "confirmEmail", Map.of(), "confirm");
        assertTrue(confirmed.contains("Your sign-in address is now " + newAddress), confirmed.body());
        assertEquals(List.of(newAddress), email());
        assertEquals(302, phone.get("/home.xhtml").status(), "the other sessions are signed out");
        assertEquals(200, ward.get("/home.xhtml").status(), "the one that confirmed carries on");
        var notices = Mail.await(MAIL, List.of(person, newAddress), Duration.ofSeconds(20), m -> m.size() == 4);
        assertEquals(2, notices.stream().filter(m -> subject(m).equals("Your Kindred sign-in address has changed")).count(),
                "both addresses are told");
        assertTrue(new WebClient().signIn(person, PASSWORD).contains("Sign-in failed"), "the old address no longer signs in");
        assertEquals(302, new WebClient().signIn(newAddress, PASSWORD).status(), "the new one does");

        Page again = new WebClient().get(link);
        assertTrue(again.contains("This link cannot be used"), "single use: " + again.body());
        assertFalse(again.contains("id=\"confirmEmail:confirm\""), again.body());
        Page replayed = ward.submit(question, "confirmEmail", Map.of(), "confirm"); // the old form sent again
        assertTrue(replayed.status() < 500, replayed.body());
        assertEquals(List.of(newAddress), email());
        Page other = new WebClient().get(link);
        // a second tab: the link is already used
        assertFalse(other.contains("id=\"confirmEmail:confirm\""), other.body());
    }

    @Test
    void anExpiredLinkOrAnAddressTakenMeanwhileChangesNothing() throws Exception {
        WebClient ward = new WebClient();
        ward.signIn(person, PASSWORD);
        String wanted = TestDatabase.unique("sessions.wanted") + "@kindred.test";
        ward.submit(ward.get("/account.xhtml"), "account",
                Map.of("newEmail", wanted, "confirmation", wanted, "password", PASSWORD), "change");
        Mail.await(MAIL, List.of(wanted), Duration.ofSeconds(20), m -> m.size() == 1);
        String link = link(only(Mail.to(MAIL, List.of(wanted))));
        Page question = ward.get(link);
        TestDatabase.createPerson(organisation, "Someone Else", wanted, PASSWORD, "PARTICIPANT");
        Page taken = ward.submit(question, "confirmEmail", Map.of(), "confirm");
        assertTrue(taken.contains("Another account already uses this address."), taken.body());
        assertEquals(List.of(person), email());

        String later = TestDatabase.unique("sessions.later") + "@kindred.test";
        ward.submit(ward.get("/account.xhtml"), "account",
                Map.of("newEmail", later, "confirmation", later, "password", PASSWORD), "change");
        Mail.await(MAIL, List.of(later), Duration.ofSeconds(20), m -> m.size() == 1);
        String laterLink = link(only(Mail.to(MAIL, List.of(later))));
        assertTrue(new WebClient().get(link).contains("This link cannot be used"), "a newer request replaces an older one");
        Page open = ward.get(laterLink);
        try (Connection db = TestDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "UPDATE email_change SET expires_at = ? WHERE person_id = ?")) {
            s.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(60)));
            s.setLong(2, personId);
            s.executeUpdate();
        }
        assertTrue(new WebClient().get(laterLink).contains("This link cannot be used"), "expired");
        Page refused = ward.submit(open, "confirmEmail", Map.of(), "confirm");
        assertTrue(refused.contains("This link has expired."), refused.body());
        assertEquals(List.of(person), email());
        assertTrue(new WebClient().get("/confirm-email.xhtml?token=made-up").contains("This link cannot be used"));
    }

    /** The plain text of an email: the whole message, or its text/plain part. */
    static String body(MimeMessage message) throws Exception {
        var plain = Mail.part(message, "text/plain");
        return Mail.text(plain == null ? message : plain);
    }

    /** The confirmation link in an email, or null. */
    static String link(MimeMessage message) throws Exception {
        var m = CONFIRM_LINK.matcher(body(message));
        // as a path: the mailed link names the configured host, the test client another loopback name
        return m.find() ? m.group(1).replaceFirst("^https?://[^/]+", "") : null;
    }

    private List<String> email() throws SQLException {
        return TestDatabase.strings("select email from person where id = ?", personId);
    }

    private int rows() throws SQLException {
        return Integer.parseInt(TestDatabase.strings("select count(*) from signed_in_session where person_id = ?", personId).get(0));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static MimeMessage only(List<MimeMessage> messages) {
        assertEquals(1, messages.size(), "one message");
        return messages.get(0);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A set-password link as the application stores one (only the hash); returns the secret. */
    private static String setupLink(long person) throws Exception {
        String secret = TestDatabase.unique("secret") + "-" + java.util.UUID.randomUUID();
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
        try (Connection db = TestDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "INSERT INTO password_setup_token (person_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
            s.setLong(1, person);
            s.setString(2, hash);
            s.setTimestamp(3, Timestamp.from(Instant.now()));
            s.setTimestamp(4, Timestamp.from(Instant.now().plus(Duration.ofDays(1))));
            s.executeUpdate();
        }
        return secret;
    }
}
