package org.kindred.interfaces.scim;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Set;
import org.kindred.application.StorableText;

/**
 * Reading the attribute values of a User as clients send them: strings, booleans (Entra ID sends
 * {@code "True"} and {@code "False"} as strings), the work address among {@code emails}, and which
 * attributes Kindred does not keep.
 */
final class ScimValues {

    static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    /**
     * Attributes of the core User schema that Kindred does not keep (docs/privacy.md: a name, a work
     * address and roles, nothing else). A client that sends them (Entra's default mappings do) is not
     * refused; they are not stored, and not returned. The enterprise extension likewise.
     */
    static final Set<String> NOT_KEPT = Set.of("nickname", "profileurl", "title", "usertype", "preferredlanguage",
            "locale", "timezone", "password", "phonenumbers", "ims", "photos", "addresses", "groups", "entitlements",
            "roles", "x509certificates", "name.givenname", "name.familyname", "name.middlename",
            "name.honorificprefix", "name.honorificsuffix");

    private ScimValues() {
    }

    static String string(JsonValue value, String attribute) {
        if (value instanceof JsonString s) {
            String text = s.getString();
            if (!StorableText.isStorable(text)) {
                throw ScimException.invalidValue(attribute + " holds text that is not valid Unicode.");
            }
            return text;
        }
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        throw ScimException.invalidValue(attribute + " must be a string.");
    }

    static boolean bool(JsonValue value, String attribute) {
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value == JsonValue.FALSE) {
            return false;
        }
        if (value instanceof JsonString s) {
            switch (s.getString().strip().toLowerCase(Locale.ROOT)) {
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    break;
            }
        }
        throw ScimException.invalidValue(attribute + " must be true or false.");
    }

    /**
     * The work address among {@code emails}: the primary one, else the one of type work, else the only
     * one; null if there is none. A single object is taken as a one-element list.
     */
    static String workEmail(JsonValue emails) {
        if (emails == null || emails.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        JsonArray list;
        if (emails instanceof JsonObject one) {
            list = jakarta.json.Json.createArrayBuilder().add(one).build();
        } else if (emails instanceof JsonArray array) {
            list = array;
        } else {
            throw ScimException.invalidValue("emails must be a list of addresses.");
        }
        JsonObject chosen = null;
        for (JsonValue entry : list) {
            if (!(entry instanceof JsonObject email)) {
                throw ScimException.invalidValue("Each of emails must be an object with a value.");
            }
            if (email.get("primary") != null && email.get("primary").getValueType() != JsonValue.ValueType.NULL
                    && bool(email.get("primary"), "emails.primary")) {
                chosen = email;
                break;
            }
            if (chosen == null && email.get("type") instanceof JsonString type
                    && type.getString().equalsIgnoreCase("work")) {
                chosen = email;
            }
        }
        if (chosen == null && list.size() == 1) {
            chosen = list.getJsonObject(0);
        }
        return chosen == null ? null : string(chosen.get("value"), "emails.value");
    }

    /** The path or attribute name without the core User schema's URN, in lower case. */
    static String normalised(String attribute) {
        String lower = attribute.strip().toLowerCase(Locale.ROOT);
        String core = USER_SCHEMA.toLowerCase(Locale.ROOT) + ":";
        return lower.startsWith(core) ? lower.substring(core.length()) : lower;
    }

    /** Whether the attribute (normalised) is one Kindred accepts and does not keep. */
    static boolean notKept(String attribute) {
        if (attribute.startsWith(ENTERPRISE_SCHEMA.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (NOT_KEPT.contains(attribute)) {
            return true;
        }
        int end = attribute.length();
        for (char stop : new char[] {'[', '.'}) {
            int at = attribute.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        String head = attribute.substring(0, end);
        return !head.equals("name") && !head.equals("emails") && NOT_KEPT.contains(head);
    }
}
