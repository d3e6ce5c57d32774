package org.kindred.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kindred.badinput.Forms.Field;
import org.kindred.it.GroupFixture;
import org.kindred.it.KindredDeployment;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * A JSF postback without its own valid view state performs nothing; the JSON API refuses a change
 * without its CSRF header; and every signed or secret link (answering an invitation, setting a
 * password, accepting ground rules, a calendar feed) that is forged, expired or used again is refused
 * with a clear message and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PostbacksAndLinksIT {

    private static final String EXPIRED_PAGE = "Your page expired";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    @Test
    void aPostbackWithoutItsOwnViewStateIsRefused() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient organiser = fixture.signedIn(fixture.organiser);
        WebClient other = fixture.signedIn(fixture.organiser); // the same person, another session
        Field siteName = new Field("/organiser/rooms.xhtml", null, null, "site", "site:name", "input", "text", 200);

        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("missing", null);
        refusals.put("garbage", "garbage");
        refusals.put("empty", "");
        refusals.put("made up", "-4242424242424242424:4242424242424242424");
        refusals.put("numbers", "1:1");
        refusals.put("encoded junk", Base64.getEncoder().encodeToString("rO0ABXNyAA".repeat(50).getBytes(StandardCharsets.UTF_8)));
        refusals.put("long", "9".repeat(20_000) + ":1");
        refusals.put("another session's", viewState(other.get(siteName.page())));
        for (var refusal : refusals.entrySet()) {
            String name = TestDatabase.unique("Refused site " + refusal.getKey());
            Page page = organiser.get(siteName.page());
            Map<String, String> params = Forms.fill(page, siteName, name);
            if (refusal.getValue() == null) {
                params.remove("jakarta.faces.ViewState");
            } else {
                params.put("jakarta.faces.ViewState", refusal.getValue());
            }
            Page answer = Forms.post(organiser, page, params);
            String what = refusal.getKey() + " view state";
            assertTrue(answer.status() < 500, what + ": HTTP " + answer.status() + "\n" + answer.body());
            assertFalse(Forms.STACK_TRACE.matcher(answer.body()).find(), what + ": a stack trace\n" + answer.body());
            assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM site WHERE name = ?", name),
                    what + ": the site was added");
            assertEquals(400, answer.status(), what + ": " + answer.body());
            assertTrue(answer.contains(EXPIRED_PAGE), what + ": not the expired page\n" + answer.body());
        }
        // the same form with its own view state does what it says, so the refusals above are not an accident
        String name = TestDatabase.unique("Accepted site");
        Page answer = Forms.submit(organiser, siteName, name);
        assertTrue(answer.status() < 400, answer.body());
        assertEquals(List.of("1"), TestDatabase.strings("SELECT COUNT(*) FROM site WHERE name = ?", name));
    }

    /**
     * A form's fields posted without any view state (not a made-up one: none at all) are what a forged
     * cross-site form sends. JSF would take such a post for a first visit and show the page afresh with
     * 200; it is refused like any other postback it cannot restore, with the expired page and 400. A
     * browser always sends the view state its page holds, and signing in that way still works.
     */
    @Test
    void formFieldsPostedWithoutAnyViewStateAreRefusedLikeAForgedPostback() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient organiser = fixture.signedIn(fixture.organiser);
        Field siteName = new Field("/organiser/rooms.xhtml", null, null, "site", "site:name", "input", "text", 200);
        String name = TestDatabase.unique("Viewless site");
        Page page = organiser.get(siteName.page());
        Map<String, String> params = Forms.fill(page, siteName, name);
        params.remove("jakarta.faces.ViewState");
        Page answer = Forms.post(organiser, page, params);
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.contains(EXPIRED_PAGE), answer.body());
        assertFalse(answer.contains("Add a site"), "the form was shown afresh: " + answer.body());
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM site WHERE name = ?", name));
        assertEquals(200, organiser.get("/organiser/rooms.xhtml").status(), "the session is kept, as for a forged one");

        // the public sign-in form: without its view state nobody is signed in, with it the same post signs in
        WebClient visitor = new WebClient();
        Page login = visitor.get("/login.xhtml");
        Map<String, String> signIn = new LinkedHashMap<>(Map.of("login", "login", "login:email", fixture.organiser,
                "login:password", GroupFixture.PASSWORD, "login:submit", ""));
        login.nonce().ifPresent(nonce -> signIn.put(WebClient.NONCE_PARAMETER, nonce));
        Page refused = visitor.post("/login.xhtml", signIn);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contains(EXPIRED_PAGE), refused.body());
        assertEquals(302, visitor.get("/home.xhtml").status(), "still signed out");
        signIn.put("jakarta.faces.ViewState", viewState(login));
        Page signedIn = visitor.post("/login.xhtml", signIn);
        assertEquals(302, signedIn.status(), signedIn.body());
        assertEquals(200, visitor.get("/home.xhtml").status(), "signed in by the form as a browser posts it");
    }

    @Test
    void theJsonApiRefusesAChangeWithoutItsCsrfHeader() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient organiser = fixture.signedIn(fixture.organiser);
        String name = TestDatabase.unique("Headerless site");
        Page refused = organiser.post("/api/organiser/schedule/sites", Map.of("name", name));
        assertEquals(403, refused.status(), "a form post to the API: " + refused.body());
        Page noHeader = organiser.apiWithoutCsrfHeader("POST", "/api/organiser/schedule/sites", "{\"name\": \"" + name + "\"}");
        assertEquals(403, noHeader.status(), noHeader.body());
        assertTrue(noHeader.contains("X-Requested-By"), "the refusal says what is missing: " + noHeader.body());
        assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM site WHERE name = ?", name));
        Page withHeader = organiser.api("POST", "/api/organiser/schedule/sites", "{\"name\": \"" + name + "\"}");
        assertEquals(201, withHeader.status(), withHeader.body());
    }

    /**
     * The header must say what the API documents (X-Requested-By: kindred): an empty or other value is
     * refused like a missing one, on every changing method, and changes nothing.
     */
    @Test
    void theJsonApiRefusesAnEmptyOrWrongCsrfHeader() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient organiser = fixture.signedIn(fixture.organiser);
        String name = TestDatabase.unique("Header room");
        long room = fixture.createRoom(organiser, name, 14, 0, 0);
        String stored = TestDatabase.strings("SELECT CONCAT(name, ' ', capacity) FROM room WHERE id = ?", room).get(0);
        for (String wrong : List.of("", " ", "kindred-tests", "scan", "1", "true", "XMLHttpRequest", "Kindred",
                "kindred2", "kindred, kindred")) {
            String other = TestDatabase.unique("Header site");
            String room2 = "{\"name\": \"" + other + "\", \"capacity\": 3}";
            for (String[] call : List.of(
                    new String[] {"POST", "/api/organiser/schedule/sites", "{\"name\": \"" + other + "\"}"},
                    new String[] {"PUT", "/api/organiser/schedule/rooms/" + room, room2},
                    new String[] {"DELETE", "/api/organiser/schedule/rooms/" + room + "/feed", null})) {
                Page refused = organiser.apiWithCsrfHeader(wrong, call[0], call[1], call[2]);
                String what = call[0] + " " + call[1] + " with X-Requested-By \"" + wrong + "\"";
                assertEquals(403, refused.status(), what + ": " + refused.body());
                assertTrue(refused.contains("X-Requested-By: kindred"),
                        what + ": the refusal names the header and its value: " + refused.body());
            }
            assertEquals(List.of("0"), TestDatabase.strings("SELECT COUNT(*) FROM site WHERE name = ?", other), wrong);
        }
        assertEquals(List.of(stored), TestDatabase.strings("SELECT CONCAT(name, ' ', capacity) FROM room WHERE id = ?", room),
                "the room is as it was");
        Page right = organiser.apiWithCsrfHeader("kindred", "POST", "/api/organiser/schedule/sites",
                "{\"name\": \"" + TestDatabase.unique("Header site") + "\"}");
        assertEquals(201, right.status(), "the documented value: " + right.body());
    }

    @Test
    void invitationLinksThatAreForgedExpiredOrUsedAreRefused() throws Exception {
        GroupFixture fixture = new GroupFixture();
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Peer support"), 12, fixture.leadId);
        List<String> members = fixture.members(group, "Member", 2);
        long member = TestDatabase.personId(members.get(0));
        WebClient organiser = fixture.signedIn(fixture.organiser);
        long room = fixture.createRoom(organiser, "Link Room", 14, 0, 0);
        Page created = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/series", """
                {"firstStart": "%sT09:00", "rrule": "FREQ=WEEKLY;COUNT=3", "roomId": %d}"""
                .formatted(java.time.LocalDate.now().plusWeeks(70), room));
        assertEquals(201, created.status(), created.body());
        long series = created.json().getJsonNumber("seriesId").longValue();
        String secret = signingSecret();
        Instant later = Instant.now().plus(Duration.ofDays(5));

        // forged: a made-up token, a changed signature, a changed claim with the old signature, another key
        String valid = sign(secret, member, series, "A", later);
        String[] parts = valid.split("\\.");
        String changedClaim = b64(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.US_ASCII)
                .replace("|A|", "|D|").getBytes(StandardCharsets.US_ASCII)) + "." + parts[1];
        for (String forged : List.of("not-a-real-link", valid.substring(0, valid.length() - 2) + "xx", changedClaim,
                sign("another key", member, series, "A", later), valid + "." + parts[1], "%27%20OR%20%271%27%3D%271",
                "x".repeat(5000))) {
            Page page = new WebClient().get("/rsvp.xhtml?token=" + forged);
            assertLinkRefused(page, "This link is not valid", forged);
        }
        // expired, signed with the real key
        Page expired = new WebClient().get("/rsvp.xhtml?token=" + sign(secret, member, series, "A",
                Instant.now().minusSeconds(60)));
        assertLinkRefused(expired, "This link has expired", "expired");
        assertEquals(List.of("0"), responses(series), "no answer recorded by a refused link");

        // used once: recorded; used again (opened again, or confirmed in a second tab opened before): refused
        WebClient first = new WebClient();
        Page question = first.get("/rsvp.xhtml?token=" + valid);
        assertTrue(question.contains("Yes, I will attend"), question.body());
        WebClient secondTab = new WebClient();
        Page sameQuestion = secondTab.get("/rsvp.xhtml?token=" + valid);
        Page confirmed = first.submit(question, "rsvp", Map.of(), "confirm");
        assertTrue(confirmed.contains("We have noted that you"), confirmed.body());
        List<String> recorded = TestDatabase.strings("SELECT CONCAT(part_stat, ' ', answered_at) FROM calendar_response "
                + "WHERE series_id = ?", series);
        assertEquals(1, recorded.size());
        assertLinkRefused(new WebClient().get("/rsvp.xhtml?token=" + valid), "already been used", "replayed");
        Page again = secondTab.submit(sameQuestion, "rsvp", Map.of(), "confirm");
        assertTrue(again.status() < 500 && !again.contains("We have noted that you"), again.body());
        assertTrue(again.contains("already been used"), again.body());
        Page twice = first.submit(question, "rsvp", Map.of(), "confirm"); // the first page's button, pressed again
        assertTrue(twice.status() < 500, twice.body());
        assertEquals(recorded, TestDatabase.strings("SELECT CONCAT(part_stat, ' ', answered_at) FROM calendar_response "
                + "WHERE series_id = ?", series), "a replay changed the answer");
        // a link for someone who is not invited (a leader of another group) says so
        assertLinkRefused(new WebClient().get("/rsvp.xhtml?token=" + sign(secret, fixture.otherLeadId, series, "A", later)),
                "no longer open to you", "not invited");
    }

    @Test
    void passwordAndGroundRulesLinksThatAreForgedExpiredOrUsedAreRefused() throws Exception {
        GroupFixture fixture = new GroupFixture();
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Peer support"), 12, fixture.leadId);
        String person = fixture.members(group, "Newcomer", 1).get(0);
        long personId = TestDatabase.personId(person);
        try (Connection db = TestDatabase.connect(); PreparedStatement s = db.prepareStatement(
                "DELETE FROM ground_rules_acceptance WHERE person_id = ?")) { // a member yet to accept them
            s.setLong(1, personId);
            s.executeUpdate();
        }

        // set-password links
        String fresh = insertToken("password_setup_token", personId, null, Instant.now().plus(Duration.ofDays(1)));
        String stale = insertToken("password_setup_token", personId, null, Instant.now().minusSeconds(60));
        String hashBefore = TestDatabase.passwordHashOf(person);
        for (String[] link : List.of(new String[] {"made-up-link", "forged"}, new String[] {stale, "expired"})) {
            Page page = new WebClient().get("/set-password.xhtml?token=" + link[0]);
            assertLinkRefused(page, "This link cannot be used", link[1]);
            assertFalse(page.contains("id=\"setPassword:password\""), link[1] + " still offers the form");
        }
        WebClient first = new WebClient();
        Page form = first.get("/set-password.xhtml?token=" + fresh);
        Map<String, String> twice = Map.of("password", "a brand new passphrase 1", "confirmation", "a brand new passphrase 1");
        Page done = first.submit(form, "setPassword", twice, "submit");
        assertTrue(done.status() < 400, done.body());
        String hashAfter = TestDatabase.passwordHashOf(person);
        assertFalse(hashAfter.equals(hashBefore), "the fresh link set the password");
        assertLinkRefused(new WebClient().get("/set-password.xhtml?token=" + fresh), "This link cannot be used", "replayed");
        Page replayed = first.submit(form, "setPassword", Map.of("password", "another new passphrase 2",
                "confirmation", "another new passphrase 2"), "submit"); // the old form sent again
        assertTrue(replayed.status() < 500, replayed.body());
        assertEquals(hashAfter, TestDatabase.passwordHashOf(person), "a replayed link changed the password");

        // ground-rules links
        String version = TestDatabase.strings("SELECT MAX(id) FROM ground_rules_version WHERE group_id = ?", group).get(0);
        assertTrue(version != null, "the group has ground rules");
        long versionId = Long.parseLong(version);
        String rules = insertToken("ground_rules_link", personId, versionId, Instant.now().plus(Duration.ofDays(1)));
        String oldRules = insertToken("ground_rules_link", personId, versionId, Instant.now().minusSeconds(60));
        for (String[] link : List.of(new String[] {"made-up-link", "forged"}, new String[] {oldRules, "expired"})) {
            Page page = new WebClient().get("/ground-rules.xhtml?token=" + link[0]);
            assertLinkRefused(page, "This link cannot be used", link[1]);
            Page accepted = new WebClient().post("/ground-rules.xhtml?token=" + link[0], Map.of("rules", "rules",
                    "rules:accept", "", "jakarta.faces.ViewState", "stateless"));
            assertTrue(accepted.status() < 500, accepted.body());
        }
        assertEquals(List.of("0"), acceptances(personId), "a refused link accepted the rules");
        WebClient reader = new WebClient();
        Page shown = reader.get("/ground-rules.xhtml?token=" + rules);
        WebClient secondTab = new WebClient();
        Page shownAgain = secondTab.get("/ground-rules.xhtml?token=" + rules);
        Page accepted = reader.submit(shown, "rules", Map.of(), "accept");
        assertTrue(accepted.contains("id=\"accepted\""), accepted.body());
        assertEquals(List.of("1"), acceptances(personId));
        String acceptedAt = TestDatabase.strings("SELECT accepted_at FROM ground_rules_acceptance WHERE person_id = ?",
                personId).get(0);
        assertLinkRefused(new WebClient().get("/ground-rules.xhtml?token=" + rules), "This link cannot be used", "replayed");
        Page again = secondTab.submit(shownAgain, "rules", Map.of(), "accept"); // a tab opened before it was used
        assertTrue(again.status() < 500 && !again.contains("id=\"accepted\""), again.body());
        assertTrue(again.contains("already been used"), again.body());
        assertTrue(reader.submit(shown, "rules", Map.of(), "accept").status() < 500, "the same page's button again");
        assertEquals(List.of(acceptedAt), TestDatabase.strings(
                "SELECT accepted_at FROM ground_rules_acceptance WHERE person_id = ?", personId), "a replay changed it");
    }

    @Test
    void aCalendarFeedAddressThatIsMadeUpOrReplacedShowsNothing() throws Exception {
        GroupFixture fixture = new GroupFixture();
        String person = fixture.participants("Subscriber", 1).get(0);
        WebClient client = fixture.signedIn(person);
        String first = client.api("POST", "/api/participant/schedule/feed", null).json().getString("url");
        String path = first.replaceFirst("^https?://[^/]+", "");
        assertEquals(200, new WebClient().get(path).status(), "the feed works");
        String second = client.api("POST", "/api/participant/schedule/feed", null).json().getString("url");
        for (String gone : List.of(path, "/api/feeds/made-up.ics", path.replace(".ics", "x.ics"),
                "/api/feeds/" + "a".repeat(5000) + ".ics", "/api/feeds/%27%20OR%201%3D1--.ics")) {
            Page page = new WebClient().get(gone);
            assertEquals(404, page.status(), gone + ": " + page.body());
            assertFalse(page.contains("BEGIN:VCALENDAR"));
            assertFalse(Forms.STACK_TRACE.matcher(page.body()).find(), page.body());
        }
        assertEquals(200, new WebClient().get(second.replaceFirst("^https?://[^/]+", "")).status());
        assertEquals(204, client.api("DELETE", "/api/participant/schedule/feed", null).status());
        assertEquals(404, new WebClient().get(second.replaceFirst("^https?://[^/]+", "")).status(), "a turned-off feed");
    }

    private static void assertLinkRefused(Page page, String message, String what) {
        assertTrue(page.status() < 500, what + ": HTTP " + page.status() + "\n" + page.body());
        assertFalse(Forms.STACK_TRACE.matcher(page.body()).find(), what + ": a stack trace\n" + page.body());
        assertTrue(page.contains(message), what + ": no \"" + message + "\" (" + page.status() + ")\n" + page.body());
        assertFalse(page.contains("Yes, I will attend") || page.contains("No, I cannot attend"), what + ": offers to answer");
    }

    private static List<String> responses(long series) throws SQLException {
        return TestDatabase.strings("SELECT COUNT(*) FROM calendar_response WHERE series_id = ?", series);
    }

    private static List<String> acceptances(long person) throws SQLException {
        return TestDatabase.strings("SELECT COUNT(*) FROM ground_rules_acceptance WHERE person_id = ?", person);
    }

    private static String viewState(Page page) {
        var matcher = java.util.regex.Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"")
                .matcher(page.body());
        assertTrue(matcher.find(), page.body());
        return matcher.group(1).replace("&#x3a;", ":").replace("&#58;", ":");
    }

    /** The key invitation links are signed with (kept in the database when no secret is configured). */
    private static String signingSecret() throws SQLException {
        List<String> secrets = TestDatabase.strings("SELECT secret FROM signing_key WHERE id = 1");
        assertEquals(1, secrets.size(), "invitations have been signed");
        return secrets.get(0);
    }

    /** A link as ReplyLinks signs one: base64url(claim) "." base64url(HMAC-SHA256(claim)). */
    private static String sign(String secret, long person, long series, String answer, Instant expires) throws Exception {
        String encoded = b64(String.join("|", "r1", Long.toString(person), Long.toString(series), "0", answer,
                Long.toString(expires.getEpochSecond())).getBytes(StandardCharsets.US_ASCII));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return encoded + "." + b64(mac.doFinal(encoded.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A link row as the application stores one (only the hash), expiring when given; returns the secret. */
    private static String insertToken(String table, long person, Long rulesVersion, Instant expires) throws Exception {
        String secret = TestDatabase.unique("secret") + "-" + java.util.UUID.randomUUID();
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
        String sql = rulesVersion == null
                ? "INSERT INTO password_setup_token (person_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)"
                : "INSERT INTO ground_rules_link (person_id, token_hash, rules_version_id, expires_at) VALUES (?, ?, ?, ?)";
        try (Connection db = TestDatabase.connect(); PreparedStatement s = db.prepareStatement(sql)) {
            s.setLong(1, person);
            s.setString(2, hash);
            if (rulesVersion == null) {
                s.setTimestamp(3, Timestamp.from(Instant.now().minusSeconds(3600)));
            } else {
                s.setLong(3, rulesVersion);
            }
            s.setTimestamp(4, Timestamp.from(expires));
            s.executeUpdate();
        }
        assertTrue(table.equals("password_setup_token") == (rulesVersion == null));
        return secret;
    }
}
