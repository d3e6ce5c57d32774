package org.kindred.application.signin;

import java.util.Optional;
import java.util.Set;
import org.kindred.domain.model.person.Role;

/**
 * Who the provider says signed in, from a validated ID token.
 *
 * @param issuer the provider's issuer identifier
 * @param subject the provider's stable id for the person ({@code sub})
 * @param email the email claim, or null
 * @param emailVerified whether the provider vouches for the email (email_verified, or the configured trust)
 * @param name the name claim, or null
 * @param roles Kindred's roles from the configured roles claim; empty when no roles claim is configured
 * @param idToken the ID token as received, for the provider's sign-out (id_token_hint)
 */
public record ProviderIdentity(String issuer, String subject, String email, boolean emailVerified, String name,
                               Optional<Set<Role>> roles, String idToken) {

    @Override
    public String toString() {
        return "ProviderIdentity[" + issuer + "]"; // never the subject, email, name or token: this may be logged
    }
}
