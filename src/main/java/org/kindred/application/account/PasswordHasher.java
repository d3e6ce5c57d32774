package org.kindred.application.account;

/** Hashes and checks passwords; implemented with Jakarta Security's PBKDF2 in infrastructure.security. */
public interface PasswordHasher {

    String hash(char[] password);

    /**
     * Whether the password is the one hashed. With no stored hash (no such account, no password set yet,
     * or an attempt the sign-in throttle refused) it is false, after checking a decoy hash: every answer
     * takes as long as a real check, so timing does not tell these cases from a wrong password.
     */
    boolean matches(char[] password, String storedHash);
}
