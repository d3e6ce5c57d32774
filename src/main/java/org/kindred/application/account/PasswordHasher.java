package org.kindred.application.account;

/** Hashes and checks passwords; implemented with Jakarta Security's PBKDF2 in infrastructure.security. */
public interface PasswordHasher {

    String hash(char[] password);

    boolean matches(char[] password, String storedHash);
}
