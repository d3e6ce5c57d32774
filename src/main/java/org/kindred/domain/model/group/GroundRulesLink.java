package org.kindred.domain.model.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.kindred.domain.model.person.InvalidTokenException;

/**
 * The emailed, single-use, expiring link that accepts one version of the rules for one person
 * without signing in. Only the SHA-256 hash of its secret is stored.
 */
@Entity
@Table(name = "ground_rules_link")
@NamedQuery(name = "GroundRulesLink.findByTokenHash", query = "select l from GroundRulesLink l where l.tokenHash = :tokenHash")
public class GroundRulesLink {

    public static final Duration VALIDITY = Duration.ofDays(14);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "rules_version_id", nullable = false)
    private Long rulesVersionId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected GroundRulesLink() {
        // for JPA
    }

    public GroundRulesLink(String tokenHash, long rulesVersionId, long personId, Instant now) {
        this.tokenHash = tokenHash;
        this.rulesVersionId = rulesVersionId;
        this.personId = personId;
        this.expiresAt = now.plus(VALIDITY);
    }

    /** Uses the link up; the caller holds a row lock. */
    public void redeem(Instant now) {
        if (usedAt != null) {
            throw new InvalidTokenException("This link has already been used: you accepted these ground rules.");
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvalidTokenException("This link has expired. Sign in to Kindred to accept the ground rules.");
        }
        usedAt = now;
    }

    /** Unused and unexpired: what {@link #redeem} requires. */
    public boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public Long rulesVersionId() { return rulesVersionId; }
    public Long personId() { return personId; }
    public Instant usedAt() { return usedAt; }
    public Instant expiresAt() { return expiresAt; }
}
