package org.kindred.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
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
import org.kindred.it.Asadmin;
import org.kindred.it.KindredDeployment;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * Two-step sign-in (issue 20, ADR 0023) on the deployed application, driven like a browser: the codes
 * are computed from the secret the enrolment page shows, with the same TOTP library.
 */
@ExtendWith(ArquillianExtension.class)
class SecondFactorIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final String PASSWORD = "correct horse battery";
    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile("<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>");

    private long org;
    private String participant;
    private long participantId;
    private String admin;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @BeforeEach
    void people() throws SQLException {
        org = TestDatabase.createOrganisation();
        participant = TestDatabase.unique("tess.totp") + "@kindred.test";
        participantId = TestDatabase.createPerson(org, "Tess Totp", participant, PASSWORD, "PARTICIPANT");
        admin = TestDatabase.unique("ada.totp") + "@kindred.test";
        TestDatabase.createPerson(org, "Ada Totp", admin, PASSWORD, "ADMIN");
    }

    @Test
    void enrolmentNeedsARightCodeThenSigningInNeedsACodeEachUsedOnce() throws SQLException {
        WebClient me = new WebClient();
        assertEquals("/home.xhtml", path(me.signIn(participant, PASSWORD).location()), "not required of participants");
        Page begun = me.submit(me.get("/account-security.xhtml"), "enrol", Map.of(), "begin");
        String secret = secret(begun);

        Page noPassword = me.submit(begun, "enrol", Map.of("code", code(secret, nowStep()), "passwordToTurnOn", "not-the-password-1"), "confirm");
        assertTrue(noPassword.contains("not your current password"), "turning it on needs the password: " + noPassword.body());
        Page wrong = me.submit(noPassword, "enrol", Map.of("code", wrongCode(secret), "passwordToTurnOn", PASSWORD), "confirm");
        assertTrue(wrong.contains("That code is not right"), wrong.body());
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM person_totp WHERE person_id = ?", participantId),
                "nothing enrolled before a right code");

        Page confirmed = me.submit(wrong, "enrol", Map.of("code", code(secret, nowStep()), "passwordToTurnOn", PASSWORD), "confirm");
        assertEquals(10, recoveryCodes(confirmed).size(), confirmed.body());
        String sealed = TestDatabase.strings("SELECT secret_encrypted FROM person_totp WHERE person_id = ?", participantId).get(0);
        assertTrue(sealed.startsWith("v1:") && !sealed.contains(secret), "the secret is encrypted at rest");
        long confirmedStep = lastStep();

        // the export says since when, never the secret
        Page export = me.api("GET", "/api/account/data", null);
        assertTrue(export.body().contains("\"secondFactor\"") && export.body().contains("\"onSince\""), export.body());
        assertFalse(export.body().contains(secret) || export.body().contains(sealed), "no secret in the export");

        WebClient again = new WebClient();
        Page password = again.signIn(participant, PASSWORD);
        assertEquals("/two-factor.xhtml", path(password.location()), "a right password alone is not enough now");
        assertEquals("/login.xhtml", path(again.get("/account.xhtml").location()), "the pending sign-in grants nothing");
        Page codePage = again.get("/two-factor.xhtml");
        assertTrue(codePage.contains("six-digit code"), codePage.body());

        Page used = again.submit(codePage, "twoFactor", Map.of("code", code(secret, confirmedStep)), "submit");
        assertTrue(used.contains("has been used already"), "the enrolling code cannot sign in: " + used.body());
        Page bad = again.submit(used, "twoFactor", Map.of("code", wrongCode(secret)), "submit");
        assertTrue(bad.contains("That code is not right"), bad.body());
        String next = code(secret, confirmedStep + 1);
        Page in = again.submit(bad, "twoFactor", Map.of("code", next), "submit");
        assertEquals("/account.xhtml", path(in.location()), "back to the page that sent them to sign in");
        assertEquals(200, again.get("/account.xhtml").status());

        WebClient replay = new WebClient();
        replay.signIn(participant, PASSWORD);
        Page replayed = replay.submit(replay.get("/two-factor.xhtml"), "twoFactor", Map.of("code", next), "submit");
        assertTrue(replayed.contains("has been used already"), "a code signs in once: " + replayed.body());
        assertEquals("/login.xhtml", path(replay.get("/account.xhtml").location()));
    }

    @Test
    void aRecoveryCodeSignsInOnce() throws SQLException {
        List<String> codes = enrol(participant);
        WebClient first = new WebClient();
        first.signIn(participant, PASSWORD);
        Page in = first.submit(first.get("/two-factor.xhtml"), "twoFactor", Map.of("code", codes.get(3).toUpperCase()), "submit");
        assertEquals("/home.xhtml", path(in.location()), in.body());
        assertEquals(List.of("9"), TestDatabase.strings(
                "SELECT COUNT(*) FROM person_recovery_code WHERE person_id = ? AND used_at IS NULL", participantId));

        WebClient second = new WebClient();
        second.signIn(participant, PASSWORD);
        Page refused = second.submit(second.get("/two-factor.xhtml"), "twoFactor", Map.of("code", codes.get(3)), "submit");
        assertTrue(refused.contains("That code is not right"), refused.body());
    }

    @Test
    void fiveWrongCodesStopEvenARightOneForAWhile() throws SQLException {
        enrol(participant);
        String secret = lastSecret;
        WebClient guesser = new WebClient();
        guesser.signIn(participant, PASSWORD);
        Page page = guesser.get("/two-factor.xhtml");
        for (int i = 0; i < 5; i++) {
            page = guesser.submit(page, "twoFactor", Map.of("code", wrongCode(secret)), "submit");
            assertTrue(page.contains("That code is not right"), "try " + (i + 1) + ": " + page.body());
        }
        page = guesser.submit(page, "twoFactor", Map.of("code", code(secret, lastStep() + 1)), "submit");
        assertTrue(page.contains("Too many wrong codes"), page.body());
        assertEquals("/login.xhtml", path(guesser.get("/account.xhtml").location()));
    }

    @Test
    void whenRequiredAnAdminEnrolsBeforeAnythingElseAndCannotTurnItOff() throws SQLException {
        Asadmin.setConfigProperty("kindred.mfa.required-roles", "ADMIN,ORGANISER");
        try {
            WebClient me = new WebClient();
            assertEquals("/two-factor.xhtml", path(me.signIn(admin, PASSWORD).location()));
            assertEquals("/login.xhtml", path(me.get("/admin/people.xhtml").location()), "nothing before enrolling");
            Page enrolment = me.get("/two-factor.xhtml");
            String secret = secret(enrolment);
            Page done = me.submit(enrolment, "twoFactor", Map.of("code", code(secret, nowStep())), "submit");
            assertEquals(10, recoveryCodes(done).size(), done.body());
            assertTrue(done.contains("id=\"twoFactor:continue\""), done.body());
            assertEquals(200, me.get("/admin/people.xhtml").status(), "signed in once enrolled");
            Page security = me.get("/account-security.xhtml");
            assertTrue(security.contains("id=\"cannotTurnOff\""), security.body());
            assertFalse(security.contains("id=\"off\""), "no form to turn it off");
        } finally {
            Asadmin.setConfigProperty("kindred.mfa.required-roles", "none");
        }
    }

    @Test
    void aParticipantTurnsItOffWithPasswordAndCode() throws SQLException {
        enrol(participant);
        String secret = lastSecret;
        WebClient me = new WebClient();
        me.signIn(participant, PASSWORD);
        long step = lastStep() + 1;
        me.submit(me.get("/two-factor.xhtml"), "twoFactor", Map.of("code", code(secret, step)), "submit");
        Page security = me.get("/account-security.xhtml");
        Page wrongPassword = me.submit(security, "off", Map.of("password", "not my password", "codeToTurnOff",
                code(secret, step + 1)), "turnOff");
        assertTrue(wrongPassword.contains("That is not your current password"), wrongPassword.body());
        // the step after the sign-in's: the server accepts up to one step ahead of its clock
        waitForStep(step);
        Page off = me.submit(wrongPassword, "off", Map.of("password", PASSWORD, "codeToTurnOff",
                code(secret, step + 1)), "turnOff");
        assertTrue(off.contains("Two-step sign-in is off"), off.body());
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM person_totp WHERE person_id = ?", participantId));
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM person_recovery_code WHERE person_id = ?", participantId));
    }

    @Test
    void anAdminResetsALostPhoneAndItIsAudited() throws SQLException {
        enrol(participant);
        WebClient ada = new WebClient();
        ada.signIn(admin, PASSWORD);
        Page person = ada.get("/admin/person.xhtml?id=" + participantId);
        assertTrue(person.contains("Two-step sign-in is on"), person.body());
        Page reset = ada.submit(person, "twoFactor", Map.of(), "resetTwoFactor");
        assertTrue(reset.contains("Two-step sign-in was reset"), reset.body());
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM person_totp WHERE person_id = ?", participantId));
        assertEquals(List.of("1"), TestDatabase.strings(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'RESET_SECOND_FACTOR' AND subject_id = ?", participantId));
        WebClient me = new WebClient();
        assertEquals("/home.xhtml", path(me.signIn(participant, PASSWORD).location()), "password alone again");
    }

    private String lastSecret;

    /** Enrols the person through their own page; returns the recovery codes and keeps the secret. */
    private List<String> enrol(String email) {
        WebClient me = new WebClient();
        me.signIn(email, PASSWORD);
        Page begun = me.submit(me.get("/account-security.xhtml"), "enrol", Map.of(), "begin");
        lastSecret = secret(begun);
        Page confirmed = me.submit(begun, "enrol", Map.of("code", code(lastSecret, nowStep()), "passwordToTurnOn", PASSWORD), "confirm");
        List<String> codes = recoveryCodes(confirmed);
        assertEquals(10, codes.size(), confirmed.body());
        return codes;
    }

    private long lastStep() throws SQLException {
        return Long.parseLong(TestDatabase.strings("SELECT last_step FROM person_totp WHERE person_id = ?", participantId).get(0));
    }

    private static void waitForStep(long step) {
        while (nowStep() < step) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static String secret(Page page) {
        Matcher m = SECRET.matcher(page.body());
        assertTrue(m.find(), "the page shows the secret as text: " + page.body());
        return m.group(1).replace(" ", "");
    }

    static List<String> recoveryCodes(Page page) {
        List<String> codes = new ArrayList<>();
        Matcher m = RECOVERY.matcher(page.body());
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    static long nowStep() {
        return Instant.now().getEpochSecond() / 30;
    }

    static String code(String secret, long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new AssertionError(e);
        }
    }

    /** Six digits that are no code of the window around now. */
    static String wrongCode(String secret) {
        long now = nowStep();
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            boolean valid = false;
            for (long step = now - 2; step <= now + 3; step++) {
                valid |= code.equals(code(secret, step));
            }
            if (!valid) {
                return code;
            }
        }
    }

    private static String path(String location) {
        return location == null ? null : java.net.URI.create(location).getPath();
    }
}
