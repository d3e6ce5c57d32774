package org.kindred.interfaces.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kindred.application.provisioning.UserFields;

class ScimPatchTest {

    private static final UserFields ANN = new UserFields("ann@trust.nhs.uk", "Ann Example", "ext-1", true);

    private static JsonObject patch(String operations) {
        return Json.createReader(new StringReader("{\"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"], "
                + "\"Operations\": " + operations + "}")).readObject();
    }

    private static UserFields apply(String operations) {
        return ScimPatch.apply(ANN, patch(operations));
    }

    private static ScimException refused(String operations) {
        return assertThrows(ScimException.class, () -> apply(operations));
    }

    @Test
    void entraDisablesWithTheStringFalse() {
        assertEquals(ANN.withActive(false), apply("[{\"op\": \"Replace\", \"path\": \"active\", \"value\": \"False\"}]"));
        assertEquals(ANN, ScimPatch.apply(ANN.withActive(false),
                patch("[{\"op\": \"Replace\", \"path\": \"active\", \"value\": \"True\"}]")));
    }

    @Test
    void aJsonBooleanToo() {
        assertEquals(ANN.withActive(false), apply("[{\"op\": \"replace\", \"path\": \"active\", \"value\": false}]"));
    }

    @Test
    void entraReplacesWithoutAPathGivingAnObject() {
        assertEquals(ANN.withActive(false), apply("[{\"op\": \"replace\", \"value\": {\"active\": false}}]"));
        assertEquals(ANN.withDisplayName("Ann Other").withExternalId("ext-2"),
                apply("[{\"op\": \"Add\", \"value\": {\"displayName\": \"Ann Other\", \"externalId\": \"ext-2\"}}]"));
    }

    @Test
    void entraMultiValuedUpdateChangesTheWorkAddressAndIgnoresTheFamilyName() {
        assertEquals(ANN.withUserName("updatedEmail@trust.nhs.uk"), apply("""
                [{"op": "Replace", "path": "emails[type eq \\"work\\"].value", "value": "updatedEmail@trust.nhs.uk"},
                 {"op": "Replace", "path": "name.familyName", "value": "updatedFamilyName"}]"""));
    }

    @Test
    void entraSingleValuedUpdateChangesTheUserName() {
        assertEquals(ANN.withUserName("5b50642d@trust.nhs.uk"),
                apply("[{\"op\": \"Replace\", \"path\": \"userName\", \"value\": \"5b50642d@trust.nhs.uk\"}]"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "displayName|Dr Ann Example", "name.formatted|Dr Ann Example",
            "urn:ietf:params:scim:schemas:core:2.0:User:displayName|Dr Ann Example", "DISPLAYNAME|Dr Ann Example"})
    void theNameByAnyOfItsPaths(String path, String value) {
        assertEquals(ANN.withDisplayName(value),
                apply("[{\"op\": \"replace\", \"path\": \"" + path + "\", \"value\": \"" + value + "\"}]"));
    }

    @Test
    void theNameAsAnObjectAndTheEmailsAsAList() {
        assertEquals(ANN.withDisplayName("Ann B").withUserName("ann.b@trust.nhs.uk"), apply("""
                [{"op": "replace", "path": "name", "value": {"formatted": "Ann B", "givenName": "Ann"}},
                 {"op": "add", "path": "emails", "value": [{"value": "home@example.com", "type": "home"},
                   {"value": "ann.b@trust.nhs.uk", "type": "work", "primary": true}]}]"""));
    }

    @Test
    void operationsApplyInOrder() {
        assertEquals(ANN.withActive(true), apply("""
                [{"op": "replace", "path": "active", "value": false},
                 {"op": "replace", "path": "active", "value": true}]"""));
    }

    @Test
    void removingTheExternalIdClearsIt() {
        assertEquals(ANN.withExternalId(null), apply("[{\"op\": \"remove\", \"path\": \"externalId\"}]"));
    }

    @Test
    void attributesKindredDoesNotKeepAreAcceptedAndNotStored() {
        assertEquals(ANN, apply("""
                [{"op": "add", "path": "title", "value": "Ward sister"},
                 {"op": "replace", "path": "phoneNumbers[type eq \\"mobile\\"].value", "value": "07700 900000"},
                 {"op": "replace", "path": "addresses[type eq \\"work\\"].locality", "value": "Leeds"},
                 {"op": "replace", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "value": "ICU"},
                 {"op": "replace", "path": "emails[type eq \\"home\\"].value", "value": "home@example.com"},
                 {"op": "replace", "value": {"preferredLanguage": "en-GB", "name": {"givenName": "Ann"}}}]"""));
    }

    @Test
    void anUnknownAttributeIsAnInvalidPath() {
        ScimException e = refused("[{\"op\": \"replace\", \"path\": \"favouriteColour\", \"value\": \"red\"}]");
        assertEquals("invalidPath", e.scimType());
        assertEquals(400, e.status());
        assertEquals("invalidPath", refused("[{\"op\": \"replace\", \"path\": \"emails[value sw \\\"a\\\"].type\", \"value\": \"x\"}]").scimType());
    }

    @Test
    void aRemoveWithoutAPathHasNoTarget() {
        assertEquals("noTarget", refused("[{\"op\": \"remove\"}]").scimType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"userName", "displayName", "active", "emails", "name"})
    void requiredAttributesCannotBeRemoved(String path) {
        assertEquals("mutability", refused("[{\"op\": \"remove\", \"path\": \"" + path + "\"}]").scimType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "meta.created", "meta"})
    void readOnlyAttributesCannotChange(String path) {
        assertEquals("mutability", refused("[{\"op\": \"replace\", \"path\": \"" + path + "\", \"value\": \"x\"}]").scimType());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[{\"op\": \"replace\", \"path\": \"active\", \"value\": \"maybe\"}]",
            "[{\"op\": \"replace\", \"path\": \"active\", \"value\": 1}]",
            "[{\"op\": \"replace\", \"path\": \"userName\", \"value\": 42}]",
            "[{\"op\": \"replace\", \"path\": \"userName\", \"value\": \"\"}]",
            "[{\"op\": \"replace\", \"path\": \"displayName\", \"value\": null}]",
            "[{\"op\": \"replace\", \"path\": \"userName\"}]",
            "[{\"op\": \"replace\", \"value\": \"not an object\"}]"})
    void badValuesAreInvalidValues(String operations) {
        assertEquals("invalidValue", refused(operations).scimType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"op\": \"move\", \"path\": \"active\", \"value\": false}]",
            "[{\"path\": \"active\", \"value\": false}]", "[\"replace\"]"})
    void malformedOperationsAreInvalidSyntax(String operations) {
        assertEquals("invalidSyntax", refused(operations).scimType());
    }

    @Test
    void thePatchOpSchemaIsRequired() {
        JsonObject body = Json.createReader(new StringReader(
                "{\"Operations\": [{\"op\": \"replace\", \"path\": \"active\", \"value\": false}]}")).readObject();
        assertEquals("invalidSyntax", assertThrows(ScimException.class, () -> ScimPatch.apply(ANN, body)).scimType());
    }

    @Test
    void anyFailureChangesNothing() {
        // the earlier operations were applied to a copy: the caller's value is the same
        refused("[{\"op\": \"replace\", \"path\": \"active\", \"value\": false}, {\"op\": \"replace\", \"path\": \"id\", \"value\": \"x\"}]");
        assertEquals(true, ANN.active());
    }
}
