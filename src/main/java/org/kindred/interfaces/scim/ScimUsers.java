package org.kindred.interfaces.scim;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.format.DateTimeFormatter;
import org.kindred.application.provisioning.ProvisionedUser;
import org.kindred.application.provisioning.UserFields;

/**
 * Kindred's person as a SCIM User resource (RFC 7643 §4.1) and back. Kindred keeps: {@code userName}
 * (the work email address the person signs in with, also returned as their one work {@code emails}
 * entry), a name ({@code displayName}, also returned as {@code name.formatted}), {@code externalId} and
 * {@code active}. Other attributes are accepted and not stored.
 */
final class ScimUsers {

    private ScimUsers() {
    }

    /**
     * A User resource of a POST or PUT. The name is {@code displayName}, else {@code name.formatted}, else
     * {@code name.givenName} and {@code name.familyName}; the user name is {@code userName} (the work
     * address in {@code emails} is the same address in Kindred, and userName wins when they differ).
     * {@code active} defaults to true for a new user and to the current value for a replacement.
     */
    static UserFields read(JsonObject user, UserFields current) {
        if (!(user.get("schemas") instanceof JsonArray schemas)
                || schemas.stream().noneMatch(s -> s instanceof JsonString str
                        && str.getString().equals(ScimValues.USER_SCHEMA))) {
            throw ScimException.invalidSyntax("A User must name the schema " + ScimValues.USER_SCHEMA + ".");
        }
        String userName = ScimValues.string(user.get("userName"), "userName");
        String workEmail = ScimValues.workEmail(user.get("emails")); // checked even when userName wins
        if (userName == null || userName.isBlank()) {
            userName = workEmail;
        }
        if (userName == null || userName.isBlank()) {
            throw ScimException.invalidValue("userName is required: the person's work email address.");
        }
        String name = ScimValues.string(user.get("displayName"), "displayName");
        JsonValue nameValue = user.get("name");
        if ((name == null || name.isBlank()) && nameValue instanceof JsonObject parts) {
            name = ScimValues.string(parts.get("formatted"), "name.formatted");
            if (name == null || name.isBlank()) {
                String given = ScimValues.string(parts.get("givenName"), "name.givenName");
                String family = ScimValues.string(parts.get("familyName"), "name.familyName");
                name = ((given == null ? "" : given.strip()) + " " + (family == null ? "" : family.strip())).strip();
            }
        } else if (nameValue != null && nameValue.getValueType() != JsonValue.ValueType.NULL
                && !(nameValue instanceof JsonObject)) {
            throw ScimException.invalidValue("name must be an object.");
        }
        String externalId = ScimValues.string(user.get("externalId"), "externalId");
        JsonValue activeValue = user.get("active");
        boolean active = activeValue == null || activeValue.getValueType() == JsonValue.ValueType.NULL
                ? current == null || current.active() : ScimValues.bool(activeValue, "active");
        return new UserFields(userName.strip(), name, externalId, active);
    }

    static JsonObject write(ProvisionedUser user, String location) {
        UserFields f = user.fields();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(ScimValues.USER_SCHEMA))
                .add("id", user.id());
        if (f.externalId() != null) {
            json.add("externalId", f.externalId());
        }
        return json.add("userName", f.userName())
                .add("displayName", f.displayName())
                .add("name", Json.createObjectBuilder().add("formatted", f.displayName()))
                .add("emails", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("value", f.userName()).add("type", "work").add("primary", true)))
                .add("active", f.active())
                .add("meta", Json.createObjectBuilder()
                        .add("resourceType", "User")
                        .add("created", DateTimeFormatter.ISO_INSTANT.format(user.created()))
                        .add("location", location))
                .build();
    }
}
