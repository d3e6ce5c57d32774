package org.kindred.application.access;

import java.util.Set;
import org.kindred.domain.model.person.Role;

/** Who is asking: the signed-in person, their organisation and roles. */
public record Caller(long personId, long organisationId, Set<Role> roles) {

    public boolean is(Role role) {
        return roles.contains(role);
    }
}
