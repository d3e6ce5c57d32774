package org.kindred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kindred.it.KindredDeployment;
import org.kindred.it.TestDatabase;
import org.kindred.it.TestOpenIdProvider;
import org.openqa.selenium.By;

/**
 * A person signs in through the organisation's OpenID provider in Chromium, with no password held by
 * Kindred, and signs out of both (ADR 0022); every page on the way passes axe-core. Without a provider
 * configured, the login page shows no single sign-on button.
 */
@ExtendWith(ArquillianExtension.class)
class SingleSignOnJourneyIT {

    private static final String PASSWORD = "correct horse battery";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void signInThroughTheProviderAndSignOutOfBoth() throws Exception {
        long organisation = TestDatabase.createOrganisation();
        String slug = TestDatabase.strings("SELECT slug FROM organisation WHERE id = ?", organisation).get(0);
        String address = TestDatabase.unique("sso.journey") + "@kindred.test";
        long id = TestDatabase.createPerson(organisation, "Jo Journey", address, null, "PARTICIPANT");

        String admin = TestDatabase.unique("sso.admin") + "@kindred.test";
        TestDatabase.createPerson(organisation, "Ari Admin", admin, PASSWORD, "ADMIN");
        try (Browser browser = new Browser(Browser.DESKTOP)) {
            browser.open("/login.xhtml");
            assertFalse(browser.text().contains("Sign in with"), "no provider configured, no button: " + browser.text());
            browser.open("/signing-out.xhtml"); // the page a single sign-out passes through, on its own
            for (String why : List.of("unavailable", "failed", "noAccount")) {
                browser.open("/login.xhtml?sso=" + why); // each reason a refused sign-on is shown
            }
            // the admin's page: passwords cannot be switched off while no provider is configured
            browser.signIn(admin, PASSWORD).open("/admin/sign-in.xhtml");
            assertTrue(browser.text().contains("Single sign-on is not configured"), browser.text());
            browser.click(By.cssSelector("#settings\\:passwords .ui-chkbox-box")).click("settings:save");
            assertTrue(browser.text().contains("passwords stay on"), browser.text());
            assertEquals(List.of("1"), TestDatabase.strings("SELECT password_sign_in FROM organisation WHERE id = ?",
                    organisation));
        }

        try (TestOpenIdProvider provider = new TestOpenIdProvider(); Browser browser = new Browser(Browser.DESKTOP)) {
            provider.configureKindred(provider.issuer(), slug);
            provider.nextToken(TestDatabase.unique("subject-journey"), TestOpenIdProvider.person(address, "Jo Journey"));
            browser.open("/login.xhtml");
            assertTrue(browser.text().contains("Sign in with " + TestOpenIdProvider.DISPLAY_NAME), browser.text());
            browser.click("sso"); // to the provider, which signs the person in at once, and back
            assertTrue(browser.url().endsWith("/home.xhtml"), browser.url());
            assertTrue(browser.text().contains("Jo Journey"), "signed in: " + browser.text());
            assertNull(TestDatabase.passwordHashOf(address), "no password held by Kindred");
            assertEquals(List.of("1"), TestDatabase.strings("SELECT COUNT(*) FROM person_identity WHERE person_id = ?", id));

            browser.click("nav:signOut"); // Kindred's session, then the provider's, then back here
            assertTrue(browser.url().contains("/login.xhtml?signedOut=true"), browser.url());
            assertTrue(browser.text().contains("You have signed out."), browser.text());
            browser.open("/home.xhtml");
            assertTrue(browser.url().contains("/login.xhtml"), "signed out: " + browser.url());
            System.out.println("axe-core checked " + browser.checked());
        } finally {
            TestOpenIdProvider.unconfigureKindred();
        }
    }
}
