package org.kindred.infrastructure.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * A person whose identity the application has already established by some means other than a password
 * typed here (a second factor just checked, an OpenID provider's ID token just validated): the
 * mechanism signs them in if their account may still sign in, with their roles read now.
 *
 * <p>Only server code can make one; nothing in a request becomes a {@code VerifiedCaller}.
 *
 * @param personId the person's id
 * @param method how the identity was established, for the sign-in log line (never personal data)
 */
public record VerifiedCaller(long personId, String method) implements Credential {
}
