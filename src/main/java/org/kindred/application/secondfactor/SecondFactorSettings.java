package org.kindred.application.secondfactor;

import java.util.Set;
import org.kindred.domain.model.person.Role;

/** Who must use a second factor when signing in with a password here: {@code kindred.mfa.required-roles}. */
public interface SecondFactorSettings {

    /** The roles for which a second factor is required; empty when nobody must (still anyone may). */
    Set<Role> requiredRoles();
}
