package org.kindred.infrastructure.oidc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kindred.domain.model.person.Role;

/**
 * {@code kindred.oidc.role-map}: which values of the roles claim give which of Kindred's roles, as
 * {@code ROLE:value} pairs separated by commas, for example
 * {@code ADMIN:8a4f...-group-id,ORGANISER:kindred-organisers,FACILITATOR:kindred-facilitators}. A role may
 * be named more than once; a value the map does not name gives nothing. Values are compared exactly.
 */
public final class RoleMap {

    private final List<Map.Entry<Role, String>> entries;

    private RoleMap(List<Map.Entry<Role, String>> entries) {
        this.entries = entries;
    }

    /**
     * The map as configured.
     *
     * @throws IllegalArgumentException naming the part that is not {@code ROLE:value} with a known role
     */
    public static RoleMap parse(String text) {
        List<Map.Entry<Role, String>> entries = new ArrayList<>();
        if (text != null) {
            for (String part : text.split(",")) {
                String pair = part.strip();
                if (pair.isEmpty()) {
                    continue;
                }
                int colon = pair.indexOf(':');
                if (colon <= 0 || colon == pair.length() - 1) {
                    throw new IllegalArgumentException("each entry must be ROLE:value, such as ADMIN:kindred-admins");
                }
                Role role;
                try {
                    role = Role.valueOf(pair.substring(0, colon).strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    throw new IllegalArgumentException("roles are ADMIN, ORGANISER, FACILITATOR or PARTICIPANT");
                }
                entries.add(Map.entry(role, pair.substring(colon + 1).strip()));
            }
        }
        return new RoleMap(List.copyOf(entries));
    }

    /** Kindred's roles for these claim values. */
    public Set<Role> roles(Collection<String> claimValues) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Map.Entry<Role, String> entry : entries) {
            if (claimValues.contains(entry.getValue())) {
                roles.add(entry.getKey());
            }
        }
        return roles;
    }
}
