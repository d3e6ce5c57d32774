package org.kindred.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.kindred.application.account.PasswordHasher;

/**
 * PBKDF2-HMAC-SHA256 at 600,000 iterations with a 32-byte salt (OWASP ASVS 5.0, Appendix C); the
 * library default of 2,048 iterations is far too weak. The stored form,
 * {@code PBKDF2WithHmacSHA256:600000:salt:hash}, records its own parameters, so hashes made now stay
 * verifiable if the count is raised later.
 */
@ApplicationScoped
public class Pbkdf2PasswordHasher implements PasswordHasher {

    public static final int ITERATIONS = 600_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verified against when no account matches, so that a missing account takes as long as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("no account has this password".toCharArray());
    }

    @Override
    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    @Override
    public boolean matches(char[] password, String storedHash) {
        if (storedHash == null) {
            pbkdf2.verify(password, decoy);
            return false;
        }
        return pbkdf2.verify(password, storedHash);
    }
}
