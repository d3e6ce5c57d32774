package org.kindred.application.account;

import java.util.Optional;

/**
 * Length is what protects a password (OWASP ASVS 5.0, V6.2): at least 12 characters, at most 128,
 * any characters at all, and no composition rules; and not one of the passwords known from breaches and
 * lists of common passwords ({@link BreachedPasswords}, ASVS 6.2.4 and 6.2.12).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final String COMMON = "This password is on a list of common or breached passwords that attackers "
            + "try first. Choose another: several unrelated words make a strong one.";

    private PasswordPolicy() {
    }

    /** The problem with a proposed password, in words for the person, or empty when it is fine. */
    public static Optional<String> problemWith(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Choose a password of at least " + MIN_LENGTH + " characters.");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("Choose a password of at most " + MAX_LENGTH + " characters.");
        }
        if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
            return Optional.of("Your password must not be your email address.");
        }
        if (BreachedPasswords.shipped().contains(password)) {
            return Optional.of(COMMON);
        }
        return Optional.empty();
    }
}
