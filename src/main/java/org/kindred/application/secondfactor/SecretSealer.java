package org.kindred.application.secondfactor;

/**
 * Encrypts TOTP secrets at rest under a key from the server's configuration, bound to the person's id
 * (a sealed secret copied to another person's row does not open).
 */
public interface SecretSealer {

    /** Whether a key is configured: without one, nobody can enrol (and start-up refuses a required factor). */
    boolean available();

    String seal(long personId, String secret);

    /** @throws IllegalStateException when it does not open under the configured key (changed or missing) */
    String open(long personId, String sealed);
}
