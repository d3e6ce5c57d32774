package org.kindred.interfaces.scim;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kindred.domain.model.provisioning.ProvisioningRepository.Attribute;

/**
 * The filters a provisioning client uses to find a user before it creates one (RFC 7644 §3.4.2.2), and
 * only those: one attribute compared for equality with a string, {@code userName eq "..."},
 * {@code externalId eq "..."} or {@code emails.value eq "..."}. Attribute names and the operator are
 * case-insensitive, and an attribute may carry the core User schema's URN. Anything else (other
 * operators, {@code and}/{@code or}, other attributes) is refused with {@code invalidFilter}.
 */
public record ScimFilter(Attribute attribute, String value) {

    private static final Pattern EQUALS = Pattern.compile(
            "\\s*([A-Za-z][A-Za-z0-9:._\\-]*)\\s+([A-Za-z]+)\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*");
    static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:user:";
    private static final int MAX_LENGTH = 1000;

    /** The filter, or null for none (an absent or blank parameter). */
    public static ScimFilter parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        if (filter.length() > MAX_LENGTH) {
            throw ScimException.invalidFilter("The filter is too long.");
        }
        Matcher m = EQUALS.matcher(filter);
        if (!m.matches()) {
            throw ScimException.invalidFilter(
                    "Only filters of the form userName eq \"value\" (or externalId, emails.value) are supported.");
        }
        if (!m.group(2).equalsIgnoreCase("eq")) {
            throw ScimException.invalidFilter("Only the eq operator is supported.");
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.startsWith(CORE_USER)) {
            name = name.substring(CORE_USER.length());
        }
        Attribute attribute = switch (name) {
            case "username" -> Attribute.USER_NAME;
            case "externalid" -> Attribute.EXTERNAL_ID;
            case "emails.value", "emails" -> Attribute.EMAIL;
            default -> throw ScimException.invalidFilter(
                    "Users can be filtered on userName, externalId or emails.value only.");
        };
        return new ScimFilter(attribute, unescape(m.group(3)));
    }

    /** A JSON string's escapes, as RFC 7644 writes filter values. */
    private static String unescape(String quoted) {
        StringBuilder out = new StringBuilder(quoted.length());
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = quoted.charAt(++i);
            switch (next) {
                case '"', '\\', '/' -> out.append(next);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    try {
                        out.append((char) Integer.parseInt(quoted.substring(i + 1, i + 5), 16));
                    } catch (NumberFormatException | IndexOutOfBoundsException e) {
                        throw ScimException.invalidFilter("The filter's value has a broken escape.");
                    }
                    i += 4;
                }
                default -> throw ScimException.invalidFilter("The filter's value has a broken escape.");
            }
        }
        return out.toString();
    }
}
