package org.kindred.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kindred.it.Asadmin;
import org.kindred.it.KindredDeployment;
import org.kindred.it.TestDatabase;
import org.kindred.it.TestOpenIdProvider;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * Single sign-on against a real OpenID provider on a loopback port (ADR 0022, docs/security.md): the
 * authorization code flow with PKCE, state and nonce, through Kindred's own pages and servlet, as a
 * browser that follows redirects would go. Each refusal is checked twice: the person is not signed in
 * and sees why on the login page, and the server log names the check that refused (so that the test
 * fails if that check is removed, even where another would still refuse).
 */
@ExtendWith(ArquillianExtension.class)
class SingleSignOnIT {

    private static final String PASSWORD = "correct horse battery";

    private static TestOpenIdProvider provider;
    private static long organisation;
    private static String slug;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @BeforeAll
    static void provider() throws Exception {
        organisation = TestDatabase.createOrganisation();
        slug = TestDatabase.strings("SELECT slug FROM organisation WHERE id = ?", organisation).get(0);
        provider = new TestOpenIdProvider();
    }

    @BeforeEach
    void configured() throws SQLException {
        if (!"configured".equals(state)) {
            provider.configureKindred(provider.issuer(), slug);
            state = "configured";
        }
        organisationChooses(true, "LINK_ONLY", "KINDRED");
    }

    private static String state = "";

    @AfterAll
    static void stop() {
        TestOpenIdProvider.unconfigureKindred();
        if (provider != null) {
            provider.close();
        }
    }

    /** Kindred's browser: the base URL Kindred is configured with, so that the callback finds the session. */
    private static WebClient browser() {
        return new WebClient("http://localhost:" + System.getProperty("kindred.it.http.port", "28080"));
    }

    private static void organisationChooses(boolean passwords, String newPeople, String roles) throws SQLException {
        try (var db = TestDatabase.connect(); var s = db.prepareStatement(
                "UPDATE organisation SET password_sign_in = ?, sso_new_people = ?, sso_roles = ? WHERE id = ?")) {
            s.setBoolean(1, passwords);
            s.setString(2, newPeople);
            s.setString(3, roles);
            s.setLong(4, organisation);
            s.executeUpdate();
        }
    }

    /** The callback address the provider sends the browser to: from the start, through the provider. */
    private static String toCallback(WebClient browser) {
        Page start = browser.get("/sso/start");
        assertEquals(302, start.status(), start.body());
        assertTrue(start.location().startsWith(provider.issuer().replaceAll("/" + TestOpenIdProvider.ISSUER_ID + "$", ""))
                || start.location().startsWith("http://127.0.0.1:"), start.location());
        String authorize = start.location();
        assertTrue(authorize.contains("code_challenge_method=S256") && authorize.contains("code_challenge=")
                && authorize.contains("state=") && authorize.contains("nonce="), "PKCE S256, state and nonce: " + authorize);
        Page atProvider = browser.get(authorize);
        assertEquals(302, atProvider.status(), atProvider.body());
        assertTrue(atProvider.location().contains("/sso/callback?"), atProvider.location());
        return atProvider.location();
    }

    /** The whole flow; returns the page Kindred's callback answered with. */
    private static Page singleSignOn(WebClient browser) {
        return browser.get(toCallback(browser));
    }

    private static void assertSignedIn(WebClient browser, Page callback) {
        assertEquals(302, callback.status(), callback.body());
        assertTrue(callback.location().endsWith("/home.xhtml"), callback.location());
        assertEquals(200, browser.get("/home.xhtml").status(), "signed in");
    }

    private static void assertRefused(WebClient browser, Page callback, String page, String reason, long mark)
            throws Exception {
        assertEquals(302, callback.status(), callback.body());
        assertTrue(callback.location().endsWith("/login.xhtml?sso=" + page), callback.location());
        Page login = browser.get(callback.location());
        assertEquals(200, login.status());
        assertTrue(login.body().contains("role=\"alert\""), "the login page says why: " + login.body());
        assertEquals(302, browser.get("/home.xhtml").status(), "not signed in");
        assertTrue(TestOpenIdProvider.logAfter(mark, "single sign-on refused: " + reason),
                "the server log names the check that refused: " + reason);
    }

    private static String email(String prefix) {
        return TestDatabase.unique(prefix) + "@kindred.test";
    }

    @Test
    void theLoginPageOffersTheProviderAndAFirstSignInMakesAParticipantWithNoPassword() throws Exception {
        organisationChooses(true, "CREATE_PARTICIPANTS", "KINDRED");
        Page login = browser().get("/login.xhtml");
        assertTrue(login.contains("Sign in with " + TestOpenIdProvider.DISPLAY_NAME), "the button");
        assertTrue(login.contains("href=\"/sso/start\""), login.body());
        Page start = browser().get("/sso/start"); // the security headers of every answer (HardeningIT)
        assertEquals(List.of("max-age=31536000; includeSubDomains"), start.header("Strict-Transport-Security"));
        assertEquals(List.of("no-store"), start.header("Cache-Control"));
        assertEquals(List.of("DENY"), start.header("X-Frame-Options"));
        assertTrue(start.header("Content-Security-Policy").get(0).contains("frame-ancestors 'none'"),
                start.header("Content-Security-Policy").toString());

        String address = email("sso.new");
        String subject = TestDatabase.unique("subject-new");
        provider.nextToken(subject, TestOpenIdProvider.person(address, "Sunita Newcomer"));
        WebClient browser = browser();
        assertSignedIn(browser, singleSignOn(browser));
        long id = TestDatabase.personId(address);
        assertNull(TestDatabase.passwordHashOf(address), "no password held by Kindred");
        assertEquals(List.of("PARTICIPANT"), TestDatabase.strings("SELECT role FROM person_role WHERE person_id = ?", id));
        assertEquals(List.of(String.valueOf(organisation)),
                TestDatabase.strings("SELECT organisation_id FROM person WHERE id = ?", id));
        assertEquals(List.of(provider.issuer() + " " + subject),
                TestDatabase.strings("SELECT CONCAT(issuer, ' ', subject) FROM person_identity WHERE person_id = ?", id));

        // matched by issuer and subject, not by email: a changed address at the provider is the same person
        provider.nextToken(subject, TestOpenIdProvider.person(email("sso.renamed"), "Sunita Newcomer"));
        WebClient again = browser();
        assertSignedIn(again, singleSignOn(again));
        assertEquals(1, TestDatabase.strings("SELECT id FROM person WHERE display_name = 'Sunita Newcomer'").size());

        // the export names the link (Your data)
        Page data = again.api("GET", "/api/account/data", null);
        assertEquals(200, data.status(), data.body());
        assertTrue(data.body().contains("\"singleSignOn\"") && data.body().contains(subject), data.body());
    }

    @Test
    void aFirstSignInLinksToTheInvitedAccountByVerifiedEmailOnly() throws Exception {
        String invited = email("sso.invited");
        long id = TestDatabase.createPerson(organisation, "Ivy Invited", invited, null, "PARTICIPANT");
        // an email the provider does not vouch for links nothing, and makes nobody (link-only)
        provider.nextToken(TestDatabase.unique("subject-unverified"),
                Map.of("email", invited, "email_verified", false, "name", "Ivy Invited"));
        WebClient unverified = browser();
        long mark = TestOpenIdProvider.logMark();
        assertRefused(unverified, singleSignOn(unverified), "noAccount", "NO_ACCOUNT", mark);
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM person_identity WHERE person_id = ?", id));

        String subject = TestDatabase.unique("subject-invited");
        provider.nextToken(subject, TestOpenIdProvider.person(invited.toUpperCase(), "Ivy Invited"));
        WebClient browser = browser();
        assertSignedIn(browser, singleSignOn(browser));
        assertEquals(List.of(subject), TestDatabase.strings("SELECT subject FROM person_identity WHERE person_id = ?", id));

        // someone nobody invited, in an organisation that makes no accounts: refused
        provider.nextToken(TestDatabase.unique("subject-stranger"), TestOpenIdProvider.person(email("sso.stranger"), "Stan Stranger"));
        WebClient stranger = browser();
        mark = TestOpenIdProvider.logMark();
        assertRefused(stranger, singleSignOn(stranger), "noAccount", "NO_ACCOUNT", mark);
        // an account of another organisation on this server is never linked, whatever the provider says
        long elsewhere = TestDatabase.createOrganisation();
        String otherStaff = email("sso.elsewhere");
        long otherId = TestDatabase.createPerson(elsewhere, "Olga Elsewhere", otherStaff, null, "ADMIN");
        provider.nextToken(TestDatabase.unique("subject-elsewhere"), TestOpenIdProvider.person(otherStaff, "Olga Elsewhere"));
        WebClient foreign = browser();
        mark = TestOpenIdProvider.logMark();
        assertRefused(foreign, singleSignOn(foreign), "noAccount", "NO_ACCOUNT", mark);
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM person_identity WHERE person_id = ?", otherId));
    }

    @Test
    void aProviderWithoutEmailVerifiedLinksOnlyWhenTrustIsConfigured() throws Exception {
        String invited = email("sso.entra");
        long id = TestDatabase.createPerson(organisation, "Eve Entra", invited, null, "PARTICIPANT");
        // Entra ID sends no email_verified: without the configured trust the address counts for nothing
        provider.nextToken(TestDatabase.unique("subject-entra"), Map.of("email", invited, "name", "Eve Entra"));
        WebClient untrusted = browser();
        long mark = TestOpenIdProvider.logMark();
        assertRefused(untrusted, singleSignOn(untrusted), "noAccount", "NO_ACCOUNT", mark);
        try {
            Asadmin.setConfigProperty("kindred.oidc.trust-email", "true");
            String subject = TestDatabase.unique("subject-entra");
            provider.nextToken(subject, Map.of("preferred_username", invited, "name", "Eve Entra"));
            WebClient trusted = browser();
            assertSignedIn(trusted, singleSignOn(trusted));
            assertEquals(List.of(subject), TestDatabase.strings("SELECT subject FROM person_identity WHERE person_id = ?", id));
        } finally {
            Asadmin.deleteConfigProperty("kindred.oidc.trust-email");
        }
    }

    @Test
    void rolesComeFromTheGroupsClaimAtEachSignInWhenTheOrganisationSaysSo() throws Exception {
        organisationChooses(true, "LINK_ONLY", "CLAIM");
        String address = email("sso.roles");
        long id = TestDatabase.createPerson(organisation, "Rowan Roles", address, null, "PARTICIPANT");
        String subject = TestDatabase.unique("subject-roles");

        provider.nextToken(subject, TestOpenIdProvider.person(address, "Rowan Roles", "kindred-organisers", "unrelated-group"));
        WebClient browser = browser();
        assertSignedIn(browser, singleSignOn(browser));
        assertEquals(List.of("ORGANISER", "PARTICIPANT"),
                TestDatabase.strings("SELECT role FROM person_role WHERE person_id = ? ORDER BY role", id));
        assertEquals(200, browser.get("/organiser/index.xhtml").status(), "the organiser's pages");

        provider.nextToken(subject, TestOpenIdProvider.person(address, "Rowan Roles"));
        WebClient later = browser();
        assertSignedIn(later, singleSignOn(later));
        assertEquals(List.of("PARTICIPANT"), TestDatabase.strings("SELECT role FROM person_role WHERE person_id = ?", id),
                "out of the group at the provider, out of the role; participant stays");
        assertEquals(403, later.get("/organiser/index.xhtml").status());

        // the organisation's only active admin keeps the role, whatever the claim says
        String admin = email("sso.admin");
        long adminId = TestDatabase.createPerson(organisation, "Ada Onlyadmin", admin, PASSWORD, "ADMIN");
        provider.nextToken(TestDatabase.unique("subject-admin"), TestOpenIdProvider.person(admin, "Ada Onlyadmin"));
        WebClient adminBrowser = browser();
        assertSignedIn(adminBrowser, singleSignOn(adminBrowser));
        assertEquals(List.of("ADMIN", "PARTICIPANT"),
                TestDatabase.strings("SELECT role FROM person_role WHERE person_id = ? ORDER BY role", adminId));
    }

    @Test
    void roleChangesStayInKindredWhenTheOrganisationManagesThem() throws Exception {
        String address = email("sso.kept");
        long id = TestDatabase.createPerson(organisation, "Kit Kept", address, null, "FACILITATOR");
        provider.nextToken(TestDatabase.unique("subject-kept"), TestOpenIdProvider.person(address, "Kit Kept", "kindred-admins"));
        WebClient browser = browser();
        assertSignedIn(browser, singleSignOn(browser));
        assertEquals(List.of("FACILITATOR"), TestDatabase.strings("SELECT role FROM person_role WHERE person_id = ?", id));
    }

    @Test
    void anIdTokenWhoseSignatureWasAlteredOnTheWayIsRefused() throws Exception {
        String invited = email("sso.tampered");
        long id = TestDatabase.createPerson(organisation, "Tam Pered", invited, null, "PARTICIPANT");
        String proxied = provider.tamperingProxy();
        try {
            Asadmin.setConfigProperty("kindred.oidc.issuer", proxied);
            provider.nextToken(TestDatabase.unique("subject-tampered"), TestOpenIdProvider.person(invited, "Tam Pered"));
            WebClient browser = browser();
            long mark = TestOpenIdProvider.logMark();
            assertRefused(browser, singleSignOn(browser), "failed", "SIGNATURE", mark);
            assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM person_identity WHERE person_id = ?", id));
        } finally {
            Asadmin.setConfigProperty("kindred.oidc.issuer", provider.issuer());
        }
    }

    @Test
    void anExpiredIdTokenIsRefused() throws Exception {
        String invited = email("sso.expired");
        TestDatabase.createPerson(organisation, "Ex Pired", invited, null, "PARTICIPANT");
        // expired two minutes ago: beyond the minute of clock skew allowed
        provider.nextToken(TestDatabase.unique("subject-expired"), TestOpenIdProvider.person(invited, "Ex Pired"), null, -120);
        WebClient browser = browser();
        long mark = TestOpenIdProvider.logMark();
        assertRefused(browser, singleSignOn(browser), "failed", "EXPIRED", mark);
    }

    @Test
    void anIdTokenForAnotherClientIsRefused() throws Exception {
        String invited = email("sso.audience");
        TestDatabase.createPerson(organisation, "Aud Ience", invited, null, "PARTICIPANT");
        Map<String, Object> claims = new java.util.HashMap<>(TestOpenIdProvider.person(invited, "Aud Ience"));
        claims.put("aud", "some-other-application"); // signed by the provider, but for another client
        provider.nextToken(TestDatabase.unique("subject-audience"), claims);
        WebClient browser = browser();
        long mark = TestOpenIdProvider.logMark();
        assertRefused(browser, singleSignOn(browser), "failed", "AUDIENCE", mark);
    }

    @Test
    void anIdTokenFromAnUnknownIssuerIsRefused() throws Exception {
        String invited = email("sso.issuer");
        TestDatabase.createPerson(organisation, "Iss Uer", invited, null, "PARTICIPANT");
        Map<String, Object> claims = new java.util.HashMap<>(TestOpenIdProvider.person(invited, "Iss Uer"));
        claims.put("iss", "http://127.0.0.1:9/some-other-provider");
        provider.nextToken(TestDatabase.unique("subject-issuer"), claims);
        WebClient browser = browser();
        long mark = TestOpenIdProvider.logMark();
        assertRefused(browser, singleSignOn(browser), "failed", "ISSUER", mark);
    }

    @Test
    void aReplayedOrForeignStateIsRefused() throws Exception {
        String invited = email("sso.replay");
        TestDatabase.createPerson(organisation, "Rae Play", invited, null, "PARTICIPANT");
        String subject = TestDatabase.unique("subject-replay");
        provider.nextToken(subject, TestOpenIdProvider.person(invited, "Rae Play"));
        WebClient browser = browser();
        String callback = toCallback(browser);
        assertSignedIn(browser, browser.get(callback));

        // the same answer again in the same browser: the pending sign-in was used up by the first
        long mark = TestOpenIdProvider.logMark();
        Page again = browser.get(callback);
        assertEquals(302, again.status());
        assertTrue(again.location().endsWith("/login.xhtml?sso=failed"), again.location());
        assertTrue(TestOpenIdProvider.logAfter(mark, "single sign-on refused: NOT_PENDING"), "single-use");

        // the same answer again, in another browser: no sign-in is pending there
        WebClient replaying = browser();
        mark = TestOpenIdProvider.logMark();
        assertRefused(replaying, replaying.get(callback), "failed", "NOT_PENDING", mark);

        // an answer meant for another browser's sign-in (login CSRF): this browser's state is another
        WebClient victim = browser();
        assertEquals(302, victim.get("/sso/start").status());
        provider.nextToken(subject, TestOpenIdProvider.person(invited, "Rae Play"));
        String attackers = toCallback(browser());
        mark = TestOpenIdProvider.logMark();
        assertRefused(victim, victim.get(attackers), "failed", "STATE", mark);
    }

    @Test
    void whenTheProviderIsDownTheLoginPageSaysSoAndPasswordsStillWork() throws Exception {
        String local = email("sso.local");
        TestDatabase.createPerson(organisation, "Lo Cal", local, PASSWORD, "PARTICIPANT");
        try {
            // nothing listens on port 9 of the loopback address
            Asadmin.setConfigProperty("kindred.oidc.issuer", "http://127.0.0.1:9/" + TestOpenIdProvider.ISSUER_ID);
            WebClient browser = browser();
            long mark = TestOpenIdProvider.logMark();
            Page start = browser.get("/sso/start");
            assertEquals(302, start.status());
            assertTrue(start.location().endsWith("/login.xhtml?sso=unavailable"), start.location());
            Page login = browser.get(start.location());
            assertEquals(200, login.status());
            assertTrue(login.contains("Single sign-on is not available just now"), login.body());
            assertFalse(java.util.regex.Pattern.compile("\\bat (java|jakarta|org|com)\\.[\\w.$]+\\(|Exception:|SignInRefused")
                    .matcher(login.body()).find(), "no stack trace: " + login.body());
            assertTrue(TestOpenIdProvider.logAfter(mark, "single sign-on refused: UNAVAILABLE"));
            Page signedIn = browser.signIn(local, PASSWORD);
            assertEquals(302, signedIn.status(), "local sign-in still works");
            assertEquals(200, browser.get("/home.xhtml").status());
        } finally {
            Asadmin.setConfigProperty("kindred.oidc.issuer", provider.issuer());
        }
    }

    @Test
    void passwordsCanBeSwitchedOffForTheOrganisationButAdminsKeepTheirs() throws Exception {
        String participant = email("sso.nopassword");
        String admin = email("sso.breakglass");
        TestDatabase.createPerson(organisation, "Pat Nopassword", participant, PASSWORD, "PARTICIPANT");
        TestDatabase.createPerson(organisation, "Bree Breakglass", admin, PASSWORD, "ADMIN");
        organisationChooses(false, "LINK_ONLY", "KINDRED");
        WebClient refused = browser();
        Page page = refused.signIn(participant, PASSWORD);
        assertEquals(200, page.status(), "stays on the login page");
        assertTrue(page.contains("Sign-in failed"), page.body());
        assertEquals(302, refused.get("/home.xhtml").status());
        WebClient breakGlass = browser();
        assertEquals(302, breakGlass.signIn(admin, PASSWORD).status());
        assertEquals(200, breakGlass.get("/admin/sign-in.xhtml").status());
        // the admin's page switches them on again
        Page settings = breakGlass.get("/admin/sign-in.xhtml");
        Page saved = breakGlass.submit(settings, "settings",
                Map.of("passwords_input", "on", "newPeople", "LINK_ONLY", "roles", "KINDRED"), "save");
        assertEquals(200, saved.status(), saved.body());
        assertTrue(saved.contains("Saved."), saved.body());
        assertEquals(List.of("1"), TestDatabase.strings("SELECT password_sign_in FROM organisation WHERE id = ?", organisation));
        assertEquals(302, browser().signIn(participant, PASSWORD).status(), "passwords work again");
    }

    @Test
    void signingOutEndsKindredsSessionAndTheProvidersToo() throws Exception {
        String invited = email("sso.signout");
        TestDatabase.createPerson(organisation, "Si Gnout", invited, null, "PARTICIPANT");
        provider.nextToken(TestDatabase.unique("subject-signout"), TestOpenIdProvider.person(invited, "Si Gnout"));
        WebClient browser = browser();
        assertSignedIn(browser, singleSignOn(browser));
        Page home = browser.get("/home.xhtml");
        Page out = browser.submit(home, "nav", Map.of(), "signOut");
        assertEquals(302, out.status(), out.body());
        assertTrue(out.location().endsWith("/signing-out.xhtml"), out.location());
        Page signingOut = browser.get(out.location());
        assertEquals(200, signingOut.status());
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("id=\"provider\" href=\"([^\"]+)\"").matcher(signingOut.body());
        assertTrue(link.find(), signingOut.body());
        String endSession = link.group(1).replace("&amp;", "&");
        assertTrue(signingOut.body().contains("http-equiv=\"refresh\""), "the browser goes on by itself");
        assertTrue(endSession.startsWith(provider.endSessionEndpoint()), "to the provider's end_session: " + endSession);
        String decoded = URLDecoder.decode(endSession, StandardCharsets.UTF_8);
        assertTrue(decoded.contains("id_token_hint=ey"), decoded);
        assertTrue(decoded.contains("post_logout_redirect_uri=http://localhost:") && decoded.contains("/login.xhtml?signedOut=true"),
                decoded);
        assertEquals(302, browser.get("/home.xhtml").status(), "Kindred's session has ended");
        Page atProvider = browser.get(endSession);
        assertEquals(302, atProvider.status(), "the provider ends its session and sends the browser back");
        assertTrue(atProvider.location().contains("/login.xhtml?signedOut=true"), atProvider.location());
        assertTrue(browser.get(atProvider.location()).contains("You have signed out."));
    }
}
