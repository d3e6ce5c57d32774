package org.kindred.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * Many wrong passwords for one account at once, arriving a few milliseconds apart while the earlier
     * ones are still being checked: no more of them are checked than the limit allows (each checked one
     * reads the person, so the statement-count diagnostic tells them from the ones the throttle refused),
     * all read alike, and the right password is refused after. (Released at the very same instant, the
     * first ones fill the server's threads and finish together, which hides a count kept only after each
     * check.) A refused attempt takes about as long as a checked one, so timing does not give it away.
     */
    @Test
    void concurrentWrongPasswordsAreCheckedNoMoreOftenThanTheLimit() throws Exception {
        int attempts = 12;
        List<WebClient> browsers = new ArrayList<>();
        List<Page> forms = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            WebClient browser = new WebClient();
            browsers.add(browser);
            forms.add(browser.get("/login.xhtml"));
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<Future<Page>> answers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            int n = i;
            answers.add(pool.submit(() -> {
                start.await();
                Thread.sleep(40L * n);
                return browsers.get(n).submitTraced(forms.get(n), "login",
                        Map.of("email", organiser, "password", "guess " + n), "submit", "throttle-" + run + "-" + n);
            }));
        }
        start.countDown();
        for (Future<Page> answer : answers) {
            Page page = answer.get(2, TimeUnit.MINUTES);
            assertEquals(200, page.status(), page.body());
            assertTrue(page.contains(GENERIC_FAILURE), "every attempt reads the same: " + page.body());
        }
        pool.shutdown();
        int checked = 0;
        for (int i = 0; i < attempts; i++) {
            if (statements("throttle-" + run + "-" + i) > 0) {
                checked++;
            }
        }
        assertTrue(checked <= 5, checked + " of " + attempts + " passwords were checked, more than the limit of 5");
        assertTrue(checked >= 1, "some passwords were checked");
        assertTrue(new WebClient().signIn(organiser, PASSWORD).contains(GENERIC_FAILURE),
                "the right password is refused for a while too");

        // a refused attempt costs what a check costs: the quickest of each, against another account
        long refused = Long.MAX_VALUE;
        long wrong = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            refused = Math.min(refused, timed(organiser, "guess again " + i));
            wrong = Math.min(wrong, timed(admin, "a wrong guess " + i));
        }
        assertTrue(refused * 2 >= wrong, "a refused sign-in took " + refused + " ms, a checked wrong one " + wrong
                + " ms: the time gives the throttle away");
    }

    private static long timed(String email, String password) {
        WebClient browser = new WebClient();
        Page login = browser.get("/login.xhtml");
        long start = System.nanoTime();
        Page page = browser.submit(login, "login", Map.of("email", email, "password", password), "submit");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(page.contains(GENERIC_FAILURE), page.body());
        return millis;
    }

    /** The SQL statements the request with this trace sent, from the server log (QueryCountIT's diagnostic). */
    private static int statements(String trace) throws Exception {
        Pattern line = Pattern.compile("statements=(\\d+) POST \\S+ trace=" + Pattern.quote(trace) + "\\b");
        Path log = Path.of(System.getProperty("kindred.it.payara.home", "../target/it-server/payara6"),
                "glassfish", "domains", "domain1", "logs", "server.log");
        long end = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < end) {
            Matcher found = line.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (found.find()) {
                return Integer.parseInt(found.group(1));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no statement count logged for " + trace);
    }

    private static java.net.HttpCookie cookie(String name, String value) {
        java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        return cookie;
    }
}
