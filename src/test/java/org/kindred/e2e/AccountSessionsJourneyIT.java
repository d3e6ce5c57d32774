package org.kindred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kindred.it.KindredDeployment;
import org.kindred.it.Mail;
import org.kindred.it.TestDatabase;

/**
 * In Chromium, with axe on every page (ADR 0024): a person signed in on a desktop and a phone sees both
 * sessions, signs the phone out from the desktop, and the phone's next page is the sign-in page saying
 * why; then changes their address and confirms it from the link, on the confirmation page.
 */
@ExtendWith(ArquillianExtension.class)
class AccountSessionsJourneyIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final String PASSWORD = "correct horse battery";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    private static String link(jakarta.mail.internet.MimeMessage message) throws Exception {
        var plain = Mail.part(message, "text/plain");
        var m = Pattern.compile("(https?://\\S+/confirm-email\\.xhtml\\?token=\\S+)").matcher(Mail.text(plain == null ? message : plain));
        return m.find() ? m.group(1) : null;
    }

    @Test
    void signingOutThePhoneFromTheDesktopAndConfirmingANewAddress() throws Exception {
        long organisation = TestDatabase.createOrganisation();
        String person = TestDatabase.unique("journey.sessions") + "@kindred.test";
        TestDatabase.createPerson(organisation, "Jo Journey", person, PASSWORD, "PARTICIPANT");
        try (Browser desktop = new Browser(Browser.DESKTOP); Browser phone = new Browser(Browser.PHONE)) {
            desktop.signIn(person, PASSWORD);
            phone.signIn(person, PASSWORD);
            desktop.open("/account.xhtml");
            String list = desktop.find("sessions:list").getText();
            assertTrue(list.contains("Chrome on Linux (this session)"), list);
            assertEquals(2, desktop.all(org.openqa.selenium.By.cssSelector("[id^='sessions:list_data'] tr")).size(), list);

            desktop.click("sessions:list:0:signOut");
            assertTrue(desktop.text().contains("That session has been signed out."), desktop.text());
            phone.open("/home.xhtml");
            assertTrue(phone.url().contains("/login.xhtml?signedOut=ended"), phone.url());
            assertTrue(phone.text().contains("your session was ended from another session"), phone.text());

            String moved = TestDatabase.unique("journey.moved") + "@kindred.test";
            desktop.open("/account.xhtml").type("account:newEmail", moved).type("account:confirmation", moved)
                    .type("account:password", PASSWORD).click("account:change");
            assertTrue(desktop.text().contains("We have sent a link to " + moved), desktop.text());
            var mails = Mail.await(MAIL, List.of(moved), Duration.ofSeconds(20), m -> m.size() == 1);
            String link = link(mails.get(0));
            assertNotNull(link);
            desktop.open(link);
            assertTrue(desktop.text().contains("Sign in to Kindred with " + moved + " from now on?"), desktop.text());
            desktop.click("confirmEmail:confirm");
            assertTrue(desktop.text().contains("Your sign-in address is now " + moved), desktop.text());
            desktop.open("/account.xhtml");
            assertTrue(desktop.text().contains("You sign in with " + moved), desktop.text());
        }
    }
}
