package org.kindred.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.sql.SQLException;
import java.time.Duration;
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
import org.kindred.it.Asadmin;
import org.kindred.it.KindredDeployment;
import org.kindred.it.Mail;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * The hardening settings of issue 8, each checked on the deployed application (docs/security.md):
 * response headers, the session cookie, session timeouts, error answers and re-authentication.
 * The Content-Security-Policy's effect in a browser is checked by {@code ContentSecurityPolicyIT}
 * and, on every page, by the end-to-end tests.
 */
@ExtendWith(ArquillianExtension.class)
class HardeningIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final String PASSWORD = "correct horse battery";
    /** A Java stack frame, an exception's name, or a product that would tell an attacker what runs here. */
    private static final Pattern LEAK = Pattern.compile(
            "(?i)(\\bat (java|jakarta|org|com|sun)\\.[\\w.$]+\\(|caused by:|\\w+exception\\b|payara|glassfish|grizzly"
                    + "|eclipselink|mojarra|primefaces \\d|mysql|mariadb|sqlstate|stack ?trace)");

    private String organiser;
    private String participant;
    private String facilitator;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @BeforeEach
    void people() throws SQLException {
        long org = TestDatabase.createOrganisation();
        organiser = TestDatabase.unique("hardy.organiser") + "@kindred.test";
        participant = TestDatabase.unique("hardy.participant") + "@kindred.test";
        TestDatabase.createPerson(org, "Hardy Organiser", organiser, PASSWORD, "ORGANISER");
        TestDatabase.createPerson(org, "Hardy Participant", participant, PASSWORD, "PARTICIPANT");
        facilitator = TestDatabase.unique("hardy.facilitator") + "@kindred.test";
        TestDatabase.createPerson(org, "Hardy Facilitator", facilitator, PASSWORD, "FACILITATOR");
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        WebClient anonymous = new WebClient();
        WebClient signedIn = new WebClient();
        signedIn.signIn(organiser, PASSWORD);
        Map<String, Page> answers = new java.util.LinkedHashMap<>();
        answers.put("login page", anonymous.get("/login.xhtml"));
        answers.put("portal page", signedIn.get("/organiser/index.xhtml"));
        answers.put("redirect to sign in", anonymous.get("/organiser/index.xhtml"));
        answers.put("JSON API", signedIn.api("GET", "/api/organiser/templates", null));
        answers.put("API without a session", anonymous.api("GET", "/api/organiser/templates", null));
        answers.put("health", anonymous.get("/health/ready"));
        answers.put("not found", signedIn.get("/no-such-page.xhtml"));
        answers.put("stylesheet", anonymous.get("/jakarta.faces.resource/kindred/kindred.css.xhtml"));
        for (Map.Entry<String, Page> entry : answers.entrySet()) {
            String what = entry.getKey();
            Page page = entry.getValue();
            assertEquals(List.of("max-age=31536000; includeSubDomains"), page.header("Strict-Transport-Security"), what);
            assertEquals(List.of("nosniff"), page.header("X-Content-Type-Options"), what);
            assertEquals(List.of("no-referrer"), page.header("Referrer-Policy"), what);
            assertEquals(List.of("DENY"), page.header("X-Frame-Options"), what);
            assertEquals(List.of(), page.header("X-Powered-By"), what + ": names the server's software");
            assertEquals(List.of(), page.header("Server"), what + ": names the server's software");
            List<String> policies = page.header("Content-Security-Policy");
            if (page.status() == 200 || page.status() >= 400) {
                assertEquals(1, policies.size(), what + " has one Content-Security-Policy: " + policies);
                assertTrue(policies.get(0).contains("frame-ancestors 'none'"), what + ": " + policies);
                assertFalse(policies.get(0).matches(".*script-src[^;]*'unsafe-(inline|eval)'.*"), what + ": " + policies);
            }
            if (!what.equals("stylesheet")) {
                assertEquals(List.of("no-store"), page.header("Cache-Control"), what + " must not be stored");
            }
        }
        String pagePolicy = answers.get("portal page").header("Content-Security-Policy").get(0);
        assertTrue(pagePolicy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}'.*"), pagePolicy);
        assertTrue(pagePolicy.contains("default-src 'self'") && pagePolicy.contains("object-src 'none'")
                && pagePolicy.contains("base-uri 'none'") && pagePolicy.contains("form-action 'self'"), pagePolicy);
        String nonce = pagePolicy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(answers.get("portal page").contains("nonce=\"" + nonce + "\""), "page scripts carry the nonce");
        assertFalse(Pattern.compile("<script(?![^>]*\\bnonce=)(?![^>]*\\bsrc=)").matcher(answers.get("portal page").body()).find(),
                "every inline script carries the nonce");
        assertFalse(Pattern.compile("\\son(click|change|load|submit|complete)=").matcher(answers.get("portal page").body()).find(),
                "no inline event handlers: PrimeFaces CSP mode moves them into scripts");
        String second = signedIn.get("/organiser/index.xhtml").header("Content-Security-Policy").get(0);
        assertFalse(second.contains(nonce), "a new nonce for every answer");
        assertEquals(List.of("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"),
                answers.get("JSON API").header("Content-Security-Policy"));
    }

    @Test
    void theSessionCookieIsSecureHttpOnlySameSiteAndHostOnly() {
        WebClient browser = new WebClient();
        browser.get("/login.xhtml");
        Page signedIn = browser.submit(browser.get("/login.xhtml"), "login",
                Map.of("email", organiser, "password", PASSWORD), "submit");
        assertEquals(302, signedIn.status());
        for (Page page : List.of(browser.get("/login.xhtml"), signedIn)) {
            for (String cookie : page.header("Set-Cookie")) {
                List<String> attributes = List.of(cookie.split(";\\s*"));
                assertTrue(attributes.get(0).startsWith(WebClient.SESSION_COOKIE + "="), cookie);
                assertTrue(attributes.contains("Secure"), cookie);
                assertTrue(attributes.contains("HttpOnly"), cookie);
                assertTrue(attributes.stream().anyMatch("SameSite=Lax"::equalsIgnoreCase), cookie);
                assertTrue(attributes.contains("Path=/"), cookie);
                assertTrue(attributes.stream().noneMatch(a -> a.toLowerCase().startsWith("domain=")), cookie);
            }
        }
        assertFalse(signedIn.header("Set-Cookie").isEmpty(), "signing in issues a new session id");
    }

    @Test
    void aSessionEndsAfterItsIdleTimeAndAfterItsLongestLife() throws Exception {
        try {
            Asadmin.setConfigProperty("kindred.session.idle-timeout", "PT2S");
            WebClient idle = new WebClient();
            idle.signIn(participant, PASSWORD);
            for (int i = 0; i < 3; i++) { // active: a request a second keeps it alive past two seconds
                assertEquals(200, idle.get("/home.xhtml").status());
                Thread.sleep(1000);
            }
            Thread.sleep(2500);
            Page after = idle.get("/home.xhtml");
            assertEquals(302, after.status());
            assertTrue(after.location().endsWith("/login.xhtml?signedOut=idle"), after.location());
            assertTrue(idle.get(after.location()).contains("was not used for a while"));
            assertEquals(302, idle.get("/home.xhtml").status(), "the session is gone, not just refused once");
            assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM signed_in_session WHERE person_id = ?",
                    TestDatabase.personId(participant)), "its row is gone too (ADR 0024)");
        } finally {
            Asadmin.deleteConfigProperty("kindred.session.idle-timeout");
        }
        try {
            Asadmin.setConfigProperty("kindred.session.absolute-timeout", "PT4S");
            WebClient busy = new WebClient();
            busy.signIn(participant, PASSWORD);
            long start = System.nanoTime();
            while (System.nanoTime() - start < Duration.ofMillis(3000).toNanos()) {
                assertEquals(200, busy.get("/home.xhtml").status(), "before its longest life");
                Thread.sleep(500);
            }
            Thread.sleep(1500);
            Page after = busy.api("GET", "/api/participant/homework", null);
            assertEquals(401, after.status(), "the API answers 401 once the session has ended");
            Page page = busy.get("/home.xhtml");
            assertEquals(302, page.status());
            WebClient again = new WebClient();
            again.signIn(participant, PASSWORD);
            assertEquals(200, again.get("/home.xhtml").status(), "signing in again starts a new life");
        } finally {
            Asadmin.deleteConfigProperty("kindred.session.absolute-timeout");
        }
        WebClient restored = new WebClient();
        restored.signIn(participant, PASSWORD);
        Thread.sleep(2500);
        assertEquals(200, restored.get("/home.xhtml").status(), "the defaults are back");
    }

    @Test
    void aMalformedSessionLimitSetWhileRunningFallsBackToTheDefaultInsteadOfFailingEveryRequest() throws Exception {
        WebClient signedIn = new WebClient();
        signedIn.signIn(participant, PASSWORD);
        try {
            Asadmin.setConfigProperty("kindred.session.idle-timeout", "half-an-hour");
            Page page = signedIn.get("/home.xhtml");
            assertEquals(200, page.status(), page.body());
            assertEquals(200, signedIn.api("GET", "/api/participant/homework", null).status());
        } finally {
            Asadmin.deleteConfigProperty("kindred.session.idle-timeout");
        }
    }

    @Test
    void absoluteTimeoutExplainsItselfOnTheLoginPage() throws Exception {
        try {
            Asadmin.setConfigProperty("kindred.session.absolute-timeout", "PT2S");
            WebClient browser = new WebClient();
            browser.signIn(participant, PASSWORD);
            Thread.sleep(2500);
            Page after = browser.get("/participant/index.xhtml");
            assertEquals(302, after.status());
            assertTrue(after.location().endsWith("/login.xhtml?signedOut=absolute"), after.location());
            assertTrue(browser.get(after.location()).contains("a sign-in lasts a working day at most"));
        } finally {
            Asadmin.deleteConfigProperty("kindred.session.absolute-timeout");
        }
    }

    @Test
    void errorsAnswerGenericallyWithoutStackTracesOrProductNames() {
        WebClient signedIn = new WebClient();
        signedIn.signIn(organiser, PASSWORD);
        WebClient anonymous = new WebClient();
        Map<String, Page> answers = new java.util.LinkedHashMap<>();
        answers.put("malformed JSON", signedIn.api("POST", "/api/organiser/groups", "{\"name\": "));
        answers.put("JSON of the wrong shape", signedIn.api("POST", "/api/organiser/groups", "[1,2,3]"));
        answers.put("a path id that is not a number", signedIn.api("GET", "/api/facilitator/groups/abc/roster", null));
        answers.put("a method the endpoint lacks", signedIn.api("DELETE", "/api/organiser/templates", null));
        answers.put("an unknown API path", signedIn.api("GET", "/api/organiser/nothing-here", null));
        answers.put("an unknown page", signedIn.get("/nothing-here.xhtml"));
        WebClient lead = new WebClient();
        lead.signIn(facilitator, PASSWORD);
        answers.put("a view id that is not a number", lead.get("/facilitator/group.xhtml?id=%27%22%3E"));
        answers.put("a wellbeing page id that is not a number", lead.get("/facilitator/wellbeing.xhtml?id=%27abc"));
        answers.put("a postback without view state", signedIn.post("/organiser/index.xhtml",
                Map.of("groups", "groups", "jakarta.faces.ViewState", "forged")));
        Page form = signedIn.get("/account.xhtml");
        Map<String, String> withoutNonce = new java.util.HashMap<>(Map.of("account", "account",
                "account:newEmail", "x@kindred.test", "account:confirmation", "x@kindred.test", "account:password", "x",
                "account:change", ""));
        withoutNonce.put("jakarta.faces.ViewState", form.body().replaceAll(
                "(?s).*name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\".*", "$1"));
        answers.put("a postback without the page's script nonce", signedIn.post("/account.xhtml", withoutNonce));
        answers.put("path traversal to the deployment descriptor",
                anonymous.get("/jakarta.faces.resource/..%2fWEB-INF%2fweb.xml.xhtml"));
        answers.put("a resource library outside the resources",
                anonymous.get("/jakarta.faces.resource/web.xml.xhtml?ln=..%2fWEB-INF"));
        answers.put("WEB-INF directly", anonymous.get("/WEB-INF/web.xml"));
        answers.put("a template directly", signedIn.get("/WEB-INF/templates/portal.xhtml"));
        answers.put("the error page directly", anonymous.get("/errors/error.xhtml"));
        for (Map.Entry<String, Page> entry : answers.entrySet()) {
            Page page = entry.getValue();
            String what = entry.getKey() + " (" + page.status() + ")";
            // PrimeFaces' client maps web.xml's exception types to their error pages: public knowledge
            var leak = LEAK.matcher(page.body().replaceAll("'[\\w.]+Exception':'/errors/[\\w-]+\\.xhtml'", ""));
            assertFalse(leak.find(), what + " reveals '" + (leak.hitEnd() ? "" : safeGroup(leak)) + "': " + page.body());
            assertFalse(page.body().contains("<servlet") || page.body().contains("security-constraint"),
                    what + " served the deployment descriptor");
        }
        assertTrue(answers.get("malformed JSON").status() == 400, "malformed JSON is a 400");
        for (Map.Entry<String, Page> entry : answers.entrySet()) {
            assertTrue(entry.getValue().status() < 500, entry.getKey() + " is answered as a client error, not "
                    + entry.getValue().status());
        }
        for (String refused : List.of("a postback without view state", "a postback without the page's script nonce")) {
            assertTrue(answers.get(refused).contains("<main"), refused + " shows Kindred's own error page: "
                    + answers.get(refused).body());
            assertEquals(400, answers.get(refused).status(), refused + " is the client's fault, not a server error");
        }
        assertTrue(answers.get("an unknown page").contains("not found") || answers.get("an unknown page").contains("Not found")
                || answers.get("an unknown page").status() == 404);
    }

    private static String safeGroup(java.util.regex.Matcher matcher) {
        try {
            return matcher.group();
        } catch (IllegalStateException e) {
            return "";
        }
    }

    @Test
    void changingYourEmailAddressNeedsYourPasswordAndTellsBothAddresses() throws Exception {
        WebClient browser = new WebClient();
        browser.signIn(participant, PASSWORD);
        Page account = browser.get("/account.xhtml");
        assertEquals(200, account.status());
        assertTrue(account.contains(participant), "shows the current address");
        String newAddress = TestDatabase.unique("hardy.moved") + "@kindred.test";

        Page wrong = browser.submit(account, "account",
                Map.of("newEmail", newAddress, "confirmation", newAddress, "password", "not my password"), "change");
        assertTrue(wrong.contains("That is not your current password."), wrong.body());
        assertEquals(List.of(participant), TestDatabase.strings(
                "select email from person where id = ?", TestDatabase.personId(participant)), "unchanged");

        Page mismatch = browser.submit(wrong, "account",
                Map.of("newEmail", newAddress, "confirmation", "other" + newAddress, "password", PASSWORD), "change");
        assertTrue(mismatch.contains("The two addresses are not the same."), mismatch.body());

        Page taken = browser.submit(mismatch, "account",
                Map.of("newEmail", organiser, "confirmation", organiser, "password", PASSWORD), "change");
        assertTrue(taken.contains("Another account already uses this address."), taken.body());

        Page done = browser.submit(taken, "account",
                Map.of("newEmail", newAddress.toUpperCase(), "confirmation", newAddress, "password", PASSWORD), "change");
        assertTrue(done.contains("We have sent a link to " + newAddress), done.body());
        var asked = Mail.await(MAIL, List.of(participant, newAddress), Duration.ofSeconds(20), m -> m.size() == 2);
        assertEquals(2, asked.size(), "the new address gets the link, the old one is told of the request");
        String link = YourSessionsIT.link(Mail.to(MAIL, List.of(newAddress)).get(0));
        Page confirmed = browser.submit(browser.get(link), "confirmEmail", Map.of(), "confirm");
        assertTrue(confirmed.contains("Your sign-in address is now " + newAddress), confirmed.body());
        var notices = Mail.await(MAIL, List.of(participant, newAddress), Duration.ofSeconds(20), m -> m.size() == 4);
        assertEquals(2, notices.stream().filter(n -> subject(n).equals("Your Kindred sign-in address has changed")).count(),
                "the old and the new address are both told");
        assertTrue(new WebClient().signIn(participant, PASSWORD).contains("Sign-in failed"), "the old address no longer signs in");
        assertEquals(302, new WebClient().signIn(newAddress, PASSWORD).status(), "the new one does");
    }

    @Test
    void changingYourPasswordNeedsTheCurrentOneAndTheSamePolicyAsANewOne() throws Exception {
        WebClient browser = new WebClient();
        browser.signIn(participant, PASSWORD);
        Page page = browser.get("/account.xhtml");
        String next = "a longer passphrase for the ward";

        page = browser.submit(page, "password",
                Map.of("current", "not it at all", "newPassword", next, "newPasswordAgain", next), "changePassword");
        assertTrue(page.contains("That is not your current password."), page.body());
        page = browser.submit(page, "password",
                Map.of("current", PASSWORD, "newPassword", "short", "newPasswordAgain", "short"), "changePassword");
        assertTrue(page.contains("Choose a password of at least 12 characters."), page.body());
        page = browser.submit(page, "password",
                Map.of("current", PASSWORD, "newPassword", next, "newPasswordAgain", next + "!"), "changePassword");
        assertTrue(page.contains("The two passwords are not the same"), page.body());
        assertEquals(302, new WebClient().signIn(participant, PASSWORD).status(), "nothing changed yet");

        page = browser.submit(page, "password",
                Map.of("current", PASSWORD, "newPassword", next, "newPasswordAgain", next), "changePassword");
        assertTrue(page.contains("Your password has been changed"), page.body());
        assertTrue(new WebClient().signIn(participant, PASSWORD).contains("Sign-in failed"), "the old password is dead");
        assertEquals(302, new WebClient().signIn(participant, next).status(), "the new one works");
        var notice = Mail.await(MAIL, List.of(participant), Duration.ofSeconds(20),
                m -> m.stream().anyMatch(x -> subject(x).equals("Your Kindred password has changed")));
        assertTrue(notice.stream().anyMatch(x -> subject(x).equals("Your Kindred password has changed")), "the person is told");
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void guessingThePasswordOnTheAccountPageIsThrottledLikeSigningIn() throws Exception {
        WebClient browser = new WebClient();
        browser.signIn(participant, PASSWORD);
        Page page = browser.get("/account.xhtml");
        String newAddress = TestDatabase.unique("hardy.guess") + "@kindred.test";
        for (int i = 0; i < 5; i++) {
            page = browser.submit(page, "account",
                    Map.of("newEmail", newAddress, "confirmation", newAddress, "password", "guess " + i), "change");
            assertTrue(page.contains("That is not your current password."));
        }
        page = browser.submit(page, "account",
                Map.of("newEmail", newAddress, "confirmation", newAddress, "password", PASSWORD), "change");
        assertTrue(page.contains("That is not your current password."), "the right password is refused for a while too");
        assertEquals(List.of(participant), TestDatabase.strings(
                "select email from person where id = ?", TestDatabase.personId(participant)));
    }
}
