package org.kindred.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kindred.it.GroupFixture;
import org.kindred.it.KindredDeployment;
import org.kindred.it.Mail;
import org.kindred.it.TestDatabase;
import org.kindred.it.WebClient;
import org.kindred.it.WebClient.Page;

/**
 * SCIM 2.0 provisioning over real HTTP (ADR 0021): Microsoft Entra ID's published request sequence
 * (the recorded bodies in src/test/resources/org/kindred/scim, README there), pagination, refusals
 * (no token, a revoked one, a session cookie, a bad filter, another organisation's user), and a
 * leaver deactivated by PATCH: signed out at once, out of their group, a CANCEL sent.
 */
@ExtendWith(ArquillianExtension.class)
class ScimIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("kindred.it.smtp.port", 23025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final String BASE = "http://127.0.0.1:" + System.getProperty("kindred.it.http.port", "28080")
            + "/scim/v2";
    private static final Pattern TOKEN = Pattern.compile("id=\"issue:token\"[^>]*value=\"(kscim_[A-Za-z0-9_-]+)\"|"
            + "value=\"(kscim_[A-Za-z0-9_-]+)\"[^>]*id=\"issue:token\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return KindredDeployment.ear();
    }

    record Answer(int status, String body, java.net.http.HttpHeaders headers) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    @Test
    void entraIdsPublishedSequenceCreatesFindsUpdatesDisablesAndDeletesAUser() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient admin = admin(fixture);
        String token = issueOnThePage(admin, "Entra ID production");

        String unique = TestDatabase.unique("u");
        String userName = "Test_User_" + unique + "@testuser.com";
        String externalId = "0a21f0f2-8d2a-4f8e-bf98-" + unique;
        Answer created = scim(token, "POST", "/Users", recorded("create-user.json",
                Map.of("userName", userName, "externalId", externalId)));
        assertEquals(201, created.status(), created.body());
        JsonObject user = created.json();
        String id = user.getString("id");
        assertTrue(id.matches("[0-9a-f-]{36}"), "an opaque id, not the database's: " + id);
        assertEquals(userName.toLowerCase(), user.getString("userName"));
        assertEquals("givenName familyName", user.getString("displayName"));
        assertEquals(externalId, user.getString("externalId"));
        assertTrue(user.getBoolean("active"));
        String location = created.headers().firstValue("Location").orElse("");
        assertTrue(location.startsWith("http") && location.endsWith("/scim/v2/Users/" + id), location);
        assertEquals(location, user.getJsonObject("meta").getString("location"));
        assertTrue(created.headers().firstValue("Content-Type").orElse("").startsWith("application/scim+json"));
        long personId = TestDatabase.personId(userName.toLowerCase());
        assertEquals(List.of(fixture.organisationId + " PARTICIPANT " + externalId), TestDatabase.strings(
                "SELECT CONCAT(p.organisation_id, ' ', r.role, ' ', p.external_id) FROM person p "
                        + "JOIN person_role r ON r.person_id = p.id WHERE p.id = ?", personId));
        List<MimeMessage> invitation = Mail.await(MAIL, List.of(userName.toLowerCase()), Duration.ofSeconds(20),
                m -> !m.isEmpty());
        assertTrue(Mail.text(invitation.get(0)).contains("/set-password.xhtml?token="), "invited as an admin invites");

        Answer duplicate = scim(token, "POST", "/Users", recorded("create-user.json",
                Map.of("userName", userName.toUpperCase(), "externalId", externalId)));
        assertError(duplicate, 409, "uniqueness");

        Answer found = scim(token, "GET", "/Users?filter=" + query("userName eq \"" + userName + "\""), null);
        assertEquals(200, found.status(), found.body());
        assertEquals(1, found.json().getInt("totalResults"));
        assertEquals(id, found.json().getJsonArray("Resources").getJsonObject(0).getString("id"));
        assertEquals("urn:ietf:params:scim:api:messages:2.0:ListResponse",
                found.json().getJsonArray("schemas").getString(0));

        Answer none = scim(token, "GET", "/Users?filter=" + query("userName eq \"non-existent user\""), null);
        assertEquals(200, none.status(), none.body());
        assertEquals(0, none.json().getInt("totalResults"));
        assertEquals(0, none.json().getJsonArray("Resources").size());

        Answer read = scim(token, "GET", "/Users/" + id, null);
        assertEquals(200, read.status(), read.body());
        assertEquals(userName.toLowerCase(), read.json().getString("userName"));

        String updatedEmail = "updated-" + unique + "@testuser.com";
        Answer multi = scim(token, "PATCH", "/Users/" + id, recorded("update-user-multi-valued.json",
                Map.of("updatedEmail", updatedEmail)));
        assertEquals(200, multi.status(), multi.body());
        assertEquals(updatedEmail, multi.json().getString("userName"));
        assertEquals(updatedEmail, multi.json().getJsonArray("emails").getJsonObject(0).getString("value"));
        assertEquals("givenName familyName", multi.json().getString("displayName"), "the family name alone is not kept");

        String updatedUserName = "renamed-" + unique + "@testuser.com";
        Answer single = scim(token, "PATCH", "/Users/" + id, recorded("update-user-single-valued.json",
                Map.of("updatedUserName", updatedUserName)));
        assertEquals(200, single.status(), single.body());
        assertEquals(List.of(updatedUserName), TestDatabase.strings("SELECT email FROM person WHERE id = ?", personId));

        Answer disabled = scim(token, "PATCH", "/Users/" + id, recorded("disable-user.json", Map.of()));
        assertEquals(200, disabled.status(), disabled.body());
        assertFalse(disabled.json().getBoolean("active"));
        assertEquals(List.of("0"), TestDatabase.strings("SELECT active + 0 FROM person WHERE id = ?", personId));
        assertEquals(200, scim(token, "GET", "/Users/" + id, null).status(), "an inactive user is still there");

        Answer deleted = scim(token, "DELETE", "/Users/" + id, null);
        assertEquals(204, deleted.status(), deleted.body());
        assertError(scim(token, "GET", "/Users/" + id, null), 404, null);
        assertEquals(0, scim(token, "GET", "/Users?filter=" + query("userName eq \"" + updatedUserName + "\""), null)
                .json().getInt("totalResults"), "left out of lists");
        assertEquals(List.of("1"), TestDatabase.strings("SELECT COUNT(*) FROM person WHERE id = ?", personId),
                "deactivated, not erased");

        assertEquals(List.of("SCIM_PROVISION", "SCIM_PROVISION", "SCIM_PROVISION", "SCIM_PROVISION", "SCIM_PROVISION"),
                TestDatabase.strings("SELECT action FROM audit_entry WHERE subject_id = ? AND action = 'SCIM_PROVISION' "
                        + "AND actor_id IS NULL ORDER BY id", personId), "create, two updates, disable, delete");
        assertEquals(List.of("1"), TestDatabase.strings("SELECT COUNT(*) FROM audit_entry WHERE subject_id = ? "
                + "AND action = 'DEACTIVATE_PERSON' AND actor_id IS NULL", personId), "the leaver path, once");
        assertEquals(List.of("1"), TestDatabase.strings("SELECT COUNT(*) FROM audit_entry WHERE organisation_id = ? "
                + "AND action = 'CREATE_SCIM_TOKEN'", fixture.organisationId));

        Answer again = scim(token, "POST", "/Users", recorded("create-user.json",
                Map.of("userName", updatedUserName, "externalId", externalId)));
        assertEquals(201, again.status(), "a deleted user provisioned again comes back: " + again.body());
        assertFalse(again.json().getString("id").equals(id), "under a new id");
        assertEquals(List.of("1"), TestDatabase.strings("SELECT active + 0 FROM person WHERE id = ?", personId));
    }

    @Test
    void discoveryDocumentsAnswerWithTheToken() throws Exception {
        String token = tokenFor(TestDatabase.createOrganisation());
        Answer config = scim(token, "GET", "/ServiceProviderConfig", null);
        assertEquals(200, config.status(), config.body());
        assertTrue(config.json().getJsonObject("patch").getBoolean("supported"));
        assertFalse(config.json().getJsonObject("bulk").getBoolean("supported"));
        assertEquals("oauthbearertoken", config.json().getJsonArray("authenticationSchemes").getJsonObject(0)
                .getString("type"));
        Answer types = scim(token, "GET", "/ResourceTypes", null);
        assertEquals(200, types.status(), types.body());
        assertEquals(1, types.json().getInt("totalResults"), "User only: no Groups");
        assertEquals("/Users", types.json().getJsonArray("Resources").getJsonObject(0).getString("endpoint"));
        Answer schemas = scim(token, "GET", "/Schemas", null);
        assertEquals(200, schemas.status(), schemas.body());
        assertEquals("urn:ietf:params:scim:schemas:core:2.0:User",
                schemas.json().getJsonArray("Resources").getJsonObject(0).getString("id"));
        assertEquals(200, scim(token, "GET", "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User", null).status());
        assertEquals(200, scim(token, "GET", "/ResourceTypes/User", null).status());
        assertError(scim(token, "GET", "/Groups", null), 404, null);
        assertError(scim(token, "POST", "/ServiceProviderConfig", "{}"), 405, null);
    }

    @Test
    void pagesOfSevenUsersByStartIndexAndCount() throws Exception {
        long organisation = TestDatabase.createOrganisation();
        for (int i = 1; i <= 7; i++) {
            TestDatabase.createPerson(organisation, "Paged " + i, TestDatabase.unique("paged") + "@kindred.test", null,
                    "PARTICIPANT");
        }
        String token = tokenFor(organisation);
        Set<String> seen = new HashSet<>();
        for (int start : new int[] {1, 4, 7}) {
            Answer page = scim(token, "GET", "/Users?startIndex=" + start + "&count=3", null);
            assertEquals(200, page.status(), page.body());
            JsonObject json = page.json();
            assertEquals(7, json.getInt("totalResults"));
            assertEquals(start, json.getInt("startIndex"));
            int expected = start == 7 ? 1 : 3;
            assertEquals(expected, json.getInt("itemsPerPage"));
            assertEquals(expected, json.getJsonArray("Resources").size());
            json.getJsonArray("Resources").forEach(r -> seen.add(r.asJsonObject().getString("id")));
        }
        assertEquals(7, seen.size(), "every user once, with a stable id: " + seen);
        Answer countOnly = scim(token, "GET", "/Users?count=0", null);
        assertEquals(7, countOnly.json().getInt("totalResults"));
        assertEquals(0, countOnly.json().getJsonArray("Resources").size());
        Answer fromZero = scim(token, "GET", "/Users?startIndex=0&count=2", null);
        assertEquals(1, fromZero.json().getInt("startIndex"), "startIndex below 1 is 1");
        assertEquals(2, fromZero.json().getJsonArray("Resources").size());
        Answer beyond = scim(token, "GET", "/Users?startIndex=50", null);
        assertEquals(7, beyond.json().getInt("totalResults"));
        assertEquals(0, beyond.json().getJsonArray("Resources").size());
        assertError(scim(token, "GET", "/Users?count=many", null), 400, "invalidValue");
    }

    @Test
    void refusedWithoutAValidTokenAndOutsideTheTokensOrganisation() throws Exception {
        GroupFixture fixture = new GroupFixture();
        WebClient admin = admin(fixture);
        String token = issueOnThePage(admin, "To revoke");

        Answer anonymous = scim(null, "GET", "/Users", null);
        assertError(anonymous, 401, null);
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertError(scim("kscim_not-a-token", "GET", "/Users", null), 401, null);
        assertError(scim(token + "x", "GET", "/ServiceProviderConfig", null), 401, null);

        Page withSession = admin.get("/scim/v2/Users");
        assertEquals(401, withSession.status(), "the admin's session counts for nothing: " + withSession.body());
        Page postWithSession = admin.api("POST", "/scim/v2/Users", "{}");
        assertEquals(401, postWithSession.status());

        assertError(scim(token, "GET", "/Users?filter=" + query("userName co \"a\""), null), 400, "invalidFilter");
        assertError(scim(token, "GET", "/Users?filter=" + query("displayName eq \"Ann\""), null), 400, "invalidFilter");
        assertError(scim(token, "POST", "/Users", "{not json"), 400, "invalidSyntax");
        assertError(scim(token, "POST", "/Users", """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "not an address",
                 "displayName": "Nobody"}"""), 400, "invalidValue");
        Answer wrongType = send(token, "POST", "/Users", "text/plain", "{}");
        assertEquals(415, wrongType.status());
        long peopleBefore = Long.parseLong(TestDatabase.strings("SELECT COUNT(*) FROM person WHERE organisation_id = ?",
                fixture.organisationId).get(0));

        long other = TestDatabase.createOrganisation();
        String elsewhere = TestDatabase.unique("elsewhere") + "@kindred.test";
        TestDatabase.createPerson(other, "Elsewhere Person", elsewhere, null, "PARTICIPANT");
        String otherToken = tokenFor(other);
        String otherId = scim(otherToken, "GET", "/Users?filter=" + query("userName eq \"" + elsewhere + "\""), null)
                .json().getJsonArray("Resources").getJsonObject(0).getString("id");
        assertEquals(0, scim(token, "GET", "/Users?filter=" + query("userName eq \"" + elsewhere + "\""), null)
                .json().getInt("totalResults"), "another organisation's people are not listed");
        assertError(scim(token, "GET", "/Users/" + otherId, null), 404, null);
        assertError(scim(token, "PATCH", "/Users/" + otherId, """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "replace", "path": "active", "value": false}]}"""), 404, null);
        assertError(scim(token, "DELETE", "/Users/" + otherId, null), 404, null);
        assertError(scim(token, "POST", "/Users", """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "%s", "displayName": "Taken"}
                """.formatted(elsewhere)), 409, "uniqueness");
        assertEquals(List.of("1"), TestDatabase.strings("SELECT active + 0 FROM person WHERE email = ?", elsewhere));
        assertEquals(List.of(String.valueOf(peopleBefore)), TestDatabase.strings(
                "SELECT COUNT(*) FROM person WHERE organisation_id = ?", fixture.organisationId), "nothing written");

        Page tokens = admin.get("/admin/provisioning.xhtml");
        assertTrue(tokens.contains("To revoke"), tokens.body());
        assertFalse(tokens.contains(token), "the token is shown only once");
        Page revoked = admin.submit(tokens, "tokens", Map.of(), "list:0:revoke");
        assertTrue(revoked.contains("Token revoked."), revoked.body());
        assertError(scim(token, "GET", "/Users", null), 401, null);
        assertEquals(List.of("1"), TestDatabase.strings("SELECT COUNT(*) FROM audit_entry WHERE organisation_id = ? "
                + "AND action = 'REVOKE_SCIM_TOKEN' AND actor_id IS NOT NULL", fixture.organisationId));
    }

    @Test
    void aLeaverDisabledByPatchIsSignedOutAndTheirSessionsCancelled() throws Exception {
        GroupFixture fixture = new GroupFixture();
        String token = tokenFor(fixture.organisationId);
        String email = TestDatabase.unique("scim-leaver") + "@kindred.test";
        long leaver = TestDatabase.createPerson(fixture.organisationId, "Sam Leaver", email, GroupFixture.PASSWORD,
                "PARTICIPANT");
        long group = fixture.createGroup("peer-support", TestDatabase.unique("Left"), 6, fixture.leadId);
        WebClient organiser = fixture.signedIn(fixture.organiser);
        LocalDateTime later = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(9).withHour(9).withMinute(0)
                .withSecond(0).withNano(0);
        Page extra = organiser.api("POST", "/api/organiser/schedule/groups/" + group + "/extra", """
                {"start": "%s", "durationMinutes": 60, "onlineLink": "https://video.example/m"}""".formatted(later));
        assertEquals(201, extra.status(), extra.body());
        fixture.join(group, email);
        WebClient browser = fixture.signedIn(email);
        assertEquals(200, browser.api("GET", "/api/participant/groups", null).status());
        Mail.await(MAIL, List.of(email), Duration.ofSeconds(20), m -> !m.isEmpty()); // the joining invitation
        MAIL.purgeEmailFromAllMailboxes();

        String id = scim(token, "GET", "/Users?filter=" + query("userName eq \"" + email + "\""), null)
                .json().getJsonArray("Resources").getJsonObject(0).getString("id");
        Answer disabled = scim(token, "PATCH", "/Users/" + id, """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "Replace", "value": {"active": "False"}}]}""");
        assertEquals(200, disabled.status(), disabled.body());

        assertEquals(401, browser.api("GET", "/api/participant/groups", null).status(), "signed out at once");
        assertEquals(List.of(), TestDatabase.strings("SELECT group_id FROM membership WHERE person_id = ?", leaver));
        List<MimeMessage> mail = Mail.await(MAIL, List.of(email), Duration.ofSeconds(20), m -> !m.isEmpty());
        String ics = Mail.calendar(mail.get(0));
        assertNotNull(ics);
        assertEquals("CANCEL", Mail.value(ics, "METHOD"));
        assertEquals(List.of("DEACTIVATE_PERSON"), TestDatabase.strings("SELECT action FROM audit_entry "
                + "WHERE subject_id = ? AND actor_id IS NULL AND action <> 'SCIM_PROVISION'", leaver));

        Answer back = scim(token, "PATCH", "/Users/" + id, """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "replace", "path": "active", "value": true}]}""");
        assertEquals(200, back.status(), back.body());
        assertEquals(302, new WebClient().signIn(email, GroupFixture.PASSWORD).status(), "can sign in again");
    }

    @Test
    void aReplacementRenamesAndTheLastAdminIsNotLetGo() throws Exception {
        GroupFixture fixture = new GroupFixture();
        String token = tokenFor(fixture.organisationId);
        String email = TestDatabase.unique("put") + "@kindred.test";
        long person = TestDatabase.createPerson(fixture.organisationId, "Pat Put", email, null, "PARTICIPANT");
        String id = idOf(token, email);

        Answer replaced = scim(token, "PUT", "/Users/" + id, """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "%s",
                 "name": {"givenName": "Pat", "familyName": "Replaced"}, "externalId": "ext-put"}""".formatted(email));
        assertEquals(200, replaced.status(), replaced.body());
        assertEquals("Pat Replaced", replaced.json().getString("displayName"));
        assertTrue(replaced.json().getBoolean("active"), "active left out: kept");
        assertEquals(List.of("Pat Replaced ext-put"), TestDatabase.strings(
                "SELECT CONCAT(display_name, ' ', external_id) FROM person WHERE id = ?", person));
        assertError(scim(token, "PUT", "/Users/" + id, """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "%s", "displayName": "Taken"}
                """.formatted(fixture.organiser)), 409, "uniqueness");
        assertEquals(List.of(email), TestDatabase.strings("SELECT email FROM person WHERE id = ?", person));

        String adminAddress = TestDatabase.unique("only-admin") + "@kindred.test";
        long onlyAdmin = TestDatabase.createPerson(fixture.organisationId, "Only Admin", adminAddress, null, "ADMIN");
        assertError(scim(token, "PATCH", "/Users/" + idOf(token, adminAddress), """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "replace", "path": "active", "value": false}]}"""), 400, "mutability");
        assertEquals(List.of("1"), TestDatabase.strings("SELECT active + 0 FROM person WHERE id = ?", onlyAdmin));
    }

    private static String idOf(String token, String email) throws Exception {
        Answer found = scim(token, "GET", "/Users?filter=" + query("userName eq \"" + email + "\""), null);
        assertEquals(1, found.json().getInt("totalResults"), found.body());
        return found.json().getJsonArray("Resources").getJsonObject(0).getString("id");
    }

    // --- helpers

    private static String adminEmail;

    private static WebClient admin(GroupFixture fixture) throws Exception {
        adminEmail = TestDatabase.unique("admin") + "@kindred.test";
        TestDatabase.createPerson(fixture.organisationId, "Ada Admin", adminEmail, GroupFixture.PASSWORD, "ADMIN");
        return fixture.signedIn(adminEmail);
    }

    /** Makes a token on the admin page, as an admin does, and reads it from the answer (shown once). */
    private static String issueOnThePage(WebClient admin, String label) {
        Page page = admin.get("/admin/provisioning.xhtml");
        assertEquals(200, page.status(), page.body());
        Page issued = admin.submit(page, "issue", Map.of("label", label), "submit");
        assertEquals(200, issued.status(), issued.body());
        Matcher m = TOKEN.matcher(issued.body());
        assertTrue(m.find(), "the new token on the page: " + issued.body());
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** A token for an organisation without an admin page visit: its hash written as the service writes it. */
    private static String tokenFor(long organisationId) throws Exception {
        String token = "kscim_" + TestDatabase.unique("test-token").replace('-', '_') + "_abcdefghijklmnop";
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO scim_token (organisation_id, label, token_hash, created_at) VALUES (?, 'test', ?, ?)")) {
            s.setLong(1, organisationId);
            s.setString(2, hash);
            s.setTimestamp(3, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
        return token;
    }

    private static String recorded(String name, Map<String, String> values) throws IOException {
        try (InputStream in = ScimIT.class.getResourceAsStream("/org/kindred/scim/" + name)) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> value : values.entrySet()) {
                body = body.replace("{{" + value.getKey() + "}}", value.getValue());
            }
            assertFalse(body.contains("{{"), "every placeholder of " + name + " filled");
            return body;
        }
    }

    private static String query(String filter) {
        return URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Answer scim(String token, String method, String path, String body) throws Exception {
        return send(token, method, path, "application/scim+json", body);
    }

    private static Answer send(String token, String method, String path, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Accept", "application/scim+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response.headers());
    }

    private static void assertError(Answer answer, int status, String scimType) {
        assertEquals(status, answer.status(), answer.body());
        JsonObject error = answer.json();
        assertEquals("urn:ietf:params:scim:api:messages:2.0:Error", error.getJsonArray("schemas").getString(0));
        assertEquals(String.valueOf(status), error.getString("status"));
        if (scimType == null) {
            assertFalse(error.containsKey("scimType") && error.get("scimType") != JsonValue.NULL, answer.body());
        } else {
            assertEquals(scimType, error.getString("scimType"));
        }
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/scim+json"));
    }
}
