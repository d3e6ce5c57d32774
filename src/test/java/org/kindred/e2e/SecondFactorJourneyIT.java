package org.kindred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kindred.it.Asadmin;
import org.kindred.it.KindredDeployment;
import org.kindred.it.TestDatabase;

/**
 * Two-step sign-in in a real browser, every page checked by axe (ADR 0023): a participant turns it on
 * from their account (reading the key off the page, as someone who cannot scan the QR code would) and
 * signs in with a code; an admin, of whom it is required, sets it up in the middle of signing in.
 */
@ExtendWith(ArquillianExtension.class)
class SecondFactorJourneyIT {

    private static final String PASSWORD = "correct horse battery";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void aParticipantTurnsItOnAndSignsInWithACode() throws Exception {
        long org = TestDatabase.createOrganisation();
        String pat = TestDatabase.unique("pat.twostep") + "@kindred.test";
        TestDatabase.createPerson(org, "Pat Twostep", pat, PASSWORD, "PARTICIPANT");
        String secret;
        long step;
        try (Browser browser = new Browser(Browser.DESKTOP)) {
            browser.signIn(pat, PASSWORD).open("/account.xhtml").click("security");
            browser.click("enrol:begin");
            secret = browser.find("secret").getText().replace(" ", "");
            step = Instant.now().getEpochSecond() / 30;
            browser.type("enrol:code", code(secret, step)).type("enrol:passwordToTurnOn", PASSWORD).click("enrol:confirm");
            assertTrue(browser.text().contains("Your recovery codes"), browser.text());
            assertTrue(browser.text().contains("Two-step sign-in is on since"), browser.text());
        }
        try (Browser browser = new Browser(Browser.PHONE)) {
            browser.signIn(pat, PASSWORD);
            assertTrue(browser.url().endsWith("/two-factor.xhtml"), browser.url());
            browser.type("twoFactor:code", "12345").click("twoFactor:submit");
            assertTrue(browser.text().contains("That code is not right"), browser.text());
            browser.type("twoFactor:code", code(secret, step + 1)).click("twoFactor:submit");
            assertTrue(browser.url().endsWith("/home.xhtml"), browser.url());
        }
    }

    @Test
    void anAdminOfWhomItIsRequiredSetsItUpWhileSigningIn() throws Exception {
        long org = TestDatabase.createOrganisation();
        String ada = TestDatabase.unique("ada.twostep") + "@kindred.test";
        TestDatabase.createPerson(org, "Ada Twostep", ada, PASSWORD, "ADMIN");
        Asadmin.setConfigProperty("kindred.mfa.required-roles", "ADMIN,ORGANISER");
        try (Browser browser = new Browser(Browser.DESKTOP)) {
            browser.signIn(ada, PASSWORD);
            assertTrue(browser.url().endsWith("/two-factor.xhtml"), browser.url());
            String secret = browser.find("secret").getText().replace(" ", "");
            browser.type("twoFactor:code", code(secret, Instant.now().getEpochSecond() / 30)).click("twoFactor:submit");
            assertTrue(browser.text().contains("Your recovery codes"), browser.text());
            browser.click("twoFactor:continue");
            assertTrue(browser.url().endsWith("/home.xhtml"), browser.url());
            browser.open("/account-security.xhtml");
            assertTrue(browser.text().contains("cannot be turned off"), browser.text());
        } finally {
            Asadmin.setConfigProperty("kindred.mfa.required-roles", "none");
        }
    }

    private static String code(String secret, long step) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
    }
}
