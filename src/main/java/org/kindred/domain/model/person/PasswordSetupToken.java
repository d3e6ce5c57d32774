package org.kindred.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The single-use, expiring link that lets an invited person choose their password. Only a SHA-256
 * hash of the secret is stored, so a copy of the database cannot be used to take over an account.
 */
@Entity
@Table(name = "password_setup_token")
@NamedQuery(name = "PasswordSetupToken.findByTokenHash",
        query = "select t from PasswordSetupToken t join fetch t.person where t.tokenHash = :tokenHash")
public class PasswordSetupToken {

    public static final Duration VALIDITY = Duration.ofDays(3);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordSetupToken() {
        // for JPA
    }

    public PasswordSetupToken(Person person, String tokenHash, Instant now) {
        this.person = Objects.requireNonNull(person, "person");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.expiresAt = now.plus(VALIDITY);
    }

    /**
     * Uses the link up. Callers hold a row lock, so two clicks of one link cannot both succeed.
     *
     * @throws InvalidTokenException when the link was used before or has expired
     */
    public Person redeem(Instant now) {
        if (usedAt != null) {
            throw new InvalidTokenException("This link has already been used. Ask your administrator for a new one.");
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvalidTokenException("This link has expired. Ask your administrator for a new one.");
        }
        usedAt = now;
        return person;
    }

    /** Unused and unexpired: what {@link #redeem} requires. */
    public boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }

    public Person person() {
        return person;
    }
}
