package org.kindred.interfaces.scim;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kindred.application.provisioning.UserFields;

/**
 * A PATCH request's operations (RFC 7644 §3.5.2) applied to a user, all or nothing: {@code op} add,
 * replace or remove (any case, as Entra ID writes "Replace"), on the paths {@code active},
 * {@code userName}, {@code displayName}, {@code name.formatted}, {@code externalId},
 * {@code emails[type eq "work"].value} (or {@code [primary eq true]}) and {@code emails}; or, with no
 * path, a value object of those attributes (Entra's {@code {"active": false}}). Booleans may come as
 * the strings "True" and "False". userName and the work address are one address in Kindred: changing
 * either changes both. Attributes Kindred does not keep ({@link ScimValues#NOT_KEPT}) are accepted and
 * not stored.
 */
public final class ScimPatch {

    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final Pattern EMAIL_BY_TYPE =
            Pattern.compile("emails\\[\\s*type\\s+eq\\s+\"([^\"]*)\"\\s*]\\.value");
    private static final Pattern EMAIL_PRIMARY = Pattern.compile("emails\\[\\s*primary\\s+eq\\s+true\\s*]\\.value");
    private static final int MOST_OPERATIONS = 100;

    private ScimPatch() {
    }

    /** The user after every operation of the PatchOp body, or a {@link ScimException} and no change. */
    public static UserFields apply(UserFields current, JsonObject body) {
        if (!(body.get("schemas") instanceof JsonArray schemas)
                || schemas.stream().noneMatch(s -> s instanceof JsonString str && str.getString().equals(PATCH_OP))) {
            throw ScimException.invalidSyntax("A PATCH request must name the schema " + PATCH_OP + ".");
        }
        if (!(body.get("Operations") instanceof JsonArray operations) || operations.isEmpty()) {
            throw ScimException.invalidSyntax("A PATCH request needs a list of Operations.");
        }
        if (operations.size() > MOST_OPERATIONS) {
            throw ScimException.invalidSyntax("At most " + MOST_OPERATIONS + " operations at once.");
        }
        UserFields fields = current;
        for (JsonValue entry : operations) {
            if (!(entry instanceof JsonObject operation)) {
                throw ScimException.invalidSyntax("Each operation must be an object with op, path and value.");
            }
            fields = operation(fields, operation);
        }
        return fields;
    }

    private static UserFields operation(UserFields fields, JsonObject operation) {
        if (!(operation.get("op") instanceof JsonString opValue)) {
            throw ScimException.invalidSyntax("Each operation needs an op: add, replace or remove.");
        }
        String op = opValue.getString().strip().toLowerCase(Locale.ROOT);
        if (!op.equals("add") && !op.equals("replace") && !op.equals("remove")) {
            throw ScimException.invalidSyntax("op must be add, replace or remove.");
        }
        JsonValue path = operation.get("path");
        if (path == null || path.getValueType() == JsonValue.ValueType.NULL
                || path instanceof JsonString s && s.getString().isBlank()) {
            if (op.equals("remove")) {
                throw ScimException.noTarget("A remove operation needs a path.");
            }
            if (!(operation.get("value") instanceof JsonObject values)) {
                throw ScimException.invalidValue("An operation without a path needs an object of attributes as its value.");
            }
            for (Map.Entry<String, JsonValue> attribute : values.entrySet()) {
                fields = set(fields, op, attribute.getKey(), attribute.getValue());
            }
            return fields;
        }
        if (!(path instanceof JsonString pathString)) {
            throw ScimException.invalidPath("path must be a string.");
        }
        if (!op.equals("remove") && !operation.containsKey("value")) {
            throw ScimException.invalidValue("A " + op + " operation needs a value.");
        }
        return set(fields, op, pathString.getString(), operation.get("value"));
    }

    private static UserFields set(UserFields fields, String op, String rawPath, JsonValue value) {
        String path = ScimValues.normalised(rawPath);
        boolean remove = op.equals("remove");
        switch (path) {
            case "active":
                if (remove) {
                    throw ScimException.mutability("active cannot be removed; replace it with false.");
                }
                return fields.withActive(ScimValues.bool(value, "active"));
            case "username":
                return fields.withUserName(required(remove, value, "userName"));
            case "displayname":
            case "name.formatted":
                return fields.withDisplayName(required(remove, value, rawPath.strip()));
            case "name":
                if (remove) {
                    throw ScimException.mutability("name cannot be removed: Kindred needs a name.");
                }
                if (!(value instanceof JsonObject name)) {
                    throw ScimException.invalidValue("name must be an object.");
                }
                String formatted = ScimValues.string(name.get("formatted"), "name.formatted");
                return formatted == null || formatted.isBlank() ? fields : fields.withDisplayName(formatted);
            case "externalid":
                return fields.withExternalId(remove ? null : ScimValues.string(value, "externalId"));
            case "emails":
                if (remove) {
                    throw ScimException.mutability("emails cannot be removed: the work address is the user name.");
                }
                String address = ScimValues.workEmail(value);
                return address == null ? fields : fields.withUserName(address);
            case "id":
            case "meta":
            case "schemas":
                throw ScimException.mutability(rawPath.strip() + " cannot be changed.");
            default:
                break;
        }
        if (path.startsWith("meta.")) {
            throw ScimException.mutability(rawPath.strip() + " cannot be changed.");
        }
        Matcher byType = EMAIL_BY_TYPE.matcher(path);
        if (byType.matches() || EMAIL_PRIMARY.matcher(path).matches()) {
            if (byType.matches() && !byType.group(1).equals("work")) {
                return fields; // Kindred keeps the work address only
            }
            return fields.withUserName(required(remove, value, "emails.value"));
        }
        if (ScimValues.notKept(path)) {
            return fields;
        }
        throw ScimException.invalidPath("Kindred's users have no attribute " + shown(rawPath) + ".");
    }

    private static String required(boolean remove, JsonValue value, String attribute) {
        if (remove) {
            throw ScimException.mutability(attribute + " cannot be removed.");
        }
        String text = ScimValues.string(value, attribute);
        if (text == null || text.isBlank()) {
            throw ScimException.invalidValue(attribute + " cannot be empty.");
        }
        return text;
    }

    private static String shown(String path) {
        String stripped = path.strip();
        return stripped.length() > 80 ? stripped.substring(0, 80) + "..." : stripped;
    }
}
