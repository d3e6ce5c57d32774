package org.kindred.interfaces.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kindred.application.provisioning.ProvisionedUser;
import org.kindred.application.provisioning.UserFields;

/** A User resource read from a POST or PUT body, and written back. */
class ScimUsersTest {

    private static final String CORE = "\"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\"]";

    private static JsonObject json(String members) {
        return Json.createReader(new StringReader("{" + CORE + ", " + members + "}")).readObject();
    }

    @Test
    void theNameIsTheDisplayNameElseFormattedElseGivenAndFamily() {
        assertEquals("Dr Ann", ScimUsers.read(json("""
                "userName": "a@t.nhs.uk", "displayName": "Dr Ann", "name": {"formatted": "Ann E"}"""), null).displayName());
        assertEquals("Ann E", ScimUsers.read(json("""
                "userName": "a@t.nhs.uk", "name": {"formatted": "Ann E", "givenName": "Ann"}"""), null).displayName());
        assertEquals("Ann Example", ScimUsers.read(json("""
                "userName": "a@t.nhs.uk", "name": {"givenName": " Ann ", "familyName": "Example"}"""), null).displayName());
    }

    @Test
    void theUserNameElseTheWorkAddress() {
        assertEquals("a@t.nhs.uk", ScimUsers.read(json("""
                "userName": " a@t.nhs.uk ", "displayName": "Ann",
                "emails": [{"value": "other@t.nhs.uk", "type": "work", "primary": true}]"""), null).userName());
        assertEquals("w@t.nhs.uk", ScimUsers.read(json("""
                "displayName": "Ann", "emails": [{"value": "h@example.com", "type": "home"},
                {"value": "w@t.nhs.uk", "type": "work"}]"""), null).userName());
    }

    @Test
    void activeIsTrueForANewUserAndKeptByAReplacementThatLeavesItOut() {
        assertEquals(true, ScimUsers.read(json("\"userName\": \"a@t.nhs.uk\", \"displayName\": \"Ann\""), null).active());
        UserFields inactive = new UserFields("a@t.nhs.uk", "Ann", null, false);
        assertFalse(ScimUsers.read(json("\"userName\": \"a@t.nhs.uk\", \"displayName\": \"Ann\""), inactive).active());
        assertFalse(ScimUsers.read(json("\"userName\": \"a@t.nhs.uk\", \"displayName\": \"Ann\", \"active\": \"False\""),
                null).active());
    }

    @Test
    void withoutTheUserSchemaTheBodyIsRefused() {
        JsonObject body = Json.createReader(new StringReader("{\"userName\": \"a@t.nhs.uk\"}")).readObject();
        assertEquals("invalidSyntax", assertThrows(ScimException.class, () -> ScimUsers.read(body, null)).scimType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"displayName\": \"Ann\"", "\"userName\": 5", "\"userName\": \"a@t.nhs.uk\", \"name\": \"Ann\"",
            "\"userName\": \"a@t.nhs.uk\", \"active\": \"yes\"", "\"userName\": \"a@t.nhs.uk\", \"emails\": 3",
            "\"userName\": \"a@t.nhs.uk\", \"displayName\": \"\\ud800\""})
    void badValuesAreInvalidValues(String members) {
        assertEquals("invalidValue", assertThrows(ScimException.class, () -> ScimUsers.read(json(members), null)).scimType());
    }

    @Test
    void writtenWithTheWorkAddressAsItsOnlyEmailAndNoInternalId() {
        JsonObject user = ScimUsers.write(new ProvisionedUser("3f1c", new UserFields("a@t.nhs.uk", "Ann", "ext", true),
                Instant.parse("2026-12-07T10:00:00Z")), "https://k.example/scim/v2/Users/3f1c");
        assertEquals("3f1c", user.getString("id"));
        assertEquals("a@t.nhs.uk", user.getJsonArray("emails").getJsonObject(0).getString("value"));
        assertEquals("work", user.getJsonArray("emails").getJsonObject(0).getString("type"));
        assertEquals("Ann", user.getJsonObject("name").getString("formatted"));
        assertEquals("2026-12-07T10:00:00Z", user.getJsonObject("meta").getString("created"));
        assertEquals("https://k.example/scim/v2/Users/3f1c", user.getJsonObject("meta").getString("location"));
        assertFalse(ScimUsers.write(new ProvisionedUser("x", new UserFields("a@t.nhs.uk", "Ann", null, true),
                Instant.EPOCH), "l").containsKey("externalId"));
    }
}
