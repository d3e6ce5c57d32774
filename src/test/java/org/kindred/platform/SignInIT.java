package org.kindred.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kindred.it.KindredDeployment;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/** Form sign-in against the person table, role areas, session handling and throttling. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String GENERIC_FAILURE = "Sign-in failed. Check your email and password";

    private String participant;
    private String organiser;
    private String admin;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @BeforeEach
    void people() throws SQLException {
        long org = TestDatabase.createOrganisation();
        participant = TestDatabase.unique("pat") + "@kindred.test";
        organiser = TestDatabase.unique("olly") + "@kindred.test";
        admin = TestDatabase.unique("ada") + "@kindred.test";
        TestDatabase.createPerson(org, "Pat Tester", participant, PASSWORD, "PARTICIPANT");
        TestDatabase.createPerson(org, "Olly Tester", organiser, PASSWORD, "ORGANISER");
        TestDatabase.createPerson(org, "Ada Tester", admin, PASSWORD, "ADMIN", "ORGANISER");
    }

    @Test
    void loginPageIsPublic() {
        Page login = new WebClient().get("/login.xhtml");
        assertEquals(200, login.status());
        assertTrue(login.contains("id=\"login:email\""), login.body());
    }

    @Test
    void correctPasswordSignsInWithANewSessionId() {
        WebClient browser = new WebClient();
        browser.get("/login.xhtml");
        String before = browser.sessionId().orElseThrow();

        Page landed = browser.signIn(participant, PASSWORD);

        assertEquals(302, landed.status(), landed.body());
        assertTrue(landed.location().endsWith("/home.xhtml"), landed.location());
        assertNotEquals(before, browser.sessionId().orElseThrow(), "session id must change at sign-in");
        Page home = browser.get("/home.xhtml");
        assertEquals(200, home.status());
        assertTrue(home.contains("Welcome, Pat Tester"), home.body());
    }

    @Test
    void wrongPasswordFailsWithAGenericMessage() {
        WebClient browser = new WebClient();
        Page page = browser.signIn(participant, "not the password");
        assertEquals(200, page.status());
        assertTrue(page.contains(GENERIC_FAILURE), page.body());
        assertEquals(302, browser.get("/home.xhtml").status(), "still signed out");

        Page unknown = new WebClient().signIn("nobody-" + participant, PASSWORD);
        assertTrue(unknown.contains(GENERIC_FAILURE), "an unknown account reads the same");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        Page page = new WebClient().get("/admin/people.xhtml");
        assertEquals(302, page.status());
        assertTrue(page.location().contains("/login.xhtml"), page.location());
    }

    @Test
    void roleAreasAreForbiddenToOtherRoles() {
        WebClient pat = new WebClient();
        pat.signIn(participant, PASSWORD);
        assertEquals(403, pat.get("/admin/people.xhtml").status());
        assertEquals(403, pat.get("/organiser/index.xhtml").status());
        assertEquals(403, pat.get("/facilitator/index.xhtml").status());
        assertEquals(200, pat.get("/participant/index.xhtml").status());
        assertEquals(403, pat.get("/demo/mailbox.xhtml").status(), "the demo mailbox holds setup links");

        WebClient olly = new WebClient();
        olly.signIn(organiser, PASSWORD);
        assertEquals(403, olly.get("/admin/people.xhtml").status());
        assertEquals(403, olly.get("/facilitator/index.xhtml").status());
        assertEquals(200, olly.get("/organiser/index.xhtml").status());

        WebClient ada = new WebClient();
        ada.signIn(admin, PASSWORD);
        assertEquals(200, ada.get("/admin/people.xhtml").status());
        assertEquals(200, ada.get("/organiser/index.xhtml").status(), "one person can hold several roles");
    }

    @Test
    void forbiddenPageShowsNoDetail() {
        WebClient pat = new WebClient();
        pat.signIn(participant, PASSWORD);
        Page forbidden = pat.get("/admin/people.xhtml");
        assertTrue(forbidden.contains("You do not have access to this page"), forbidden.body());
        assertFalse(forbidden.contains(".java:"), "no stack trace");
        assertFalse(forbidden.contains("Caused by"), "no stack trace");
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        WebClient browser = new WebClient();
        browser.signIn(participant, PASSWORD);
        Page home = browser.get("/home.xhtml");
        assertEquals(200, home.status());
        String signedInSession = browser.sessionId().orElseThrow();

        Page out = browser.submit(home, "nav", Map.of(), "signOut");
        assertEquals(302, out.status());
        assertTrue(out.location().contains("/login.xhtml?signedOut=true"), out.location());

        WebClient replay = new WebClient();
        replay.cookies().getCookieStore().add(java.net.URI.create("http://127.0.0.1/"),
                cookie(WebClient.SESSION_COOKIE, signedInSession));
        assertEquals(302, replay.get("/home.xhtml").status(), "the old session id is dead");
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhileWithoutSayingSo() {
        for (int i = 0; i < 5; i++) {
            assertTrue(new WebClient().signIn(organiser, "guess " + i).contains(GENERIC_FAILURE));
        }
        Page page = new WebClient().signIn(organiser, PASSWORD);
        assertEquals(200, page.status(), "even the right password is refused now");
        assertTrue(page.contains(GENERIC_FAILURE), page.body());
    }

    private static java.net.HttpCookie cookie(String name, String value) {
        java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        return cookie;
    }
}
