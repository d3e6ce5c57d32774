package org.kindred.domain.model.provisioning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token an admin issued to an identity provider so that it may provision the people of the
 * admin's organisation over SCIM. Only a SHA-256 hash of the token is stored; the token itself is
 * shown once, when it is issued. Revoking deletes the row (the audit log keeps the fact).
 */
@Entity
@Table(name = "scim_token")
public class ProvisioningToken {

    public static final int MAX_LABEL_LENGTH = 100;

    /** How often last-used is written: not on every request of a busy synchronisation. */
    static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "label", nullable = false, length = MAX_LABEL_LENGTH)
    private String label;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
    private String tokenHash;

    /** The admin who issued it; empty once that person is erased. */
    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ProvisioningToken() {
        // for JPA
    }

    public ProvisioningToken(long organisationId, String label, String tokenHash, Long createdBy, Instant createdAt) {
        this.organisationId = organisationId;
        this.label = requireLabel(label);
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    static String requireLabel(String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("Give the token a label, such as the directory it is for.");
        }
        String stripped = label.strip();
        if (stripped.length() > MAX_LABEL_LENGTH) {
            throw new IllegalArgumentException("Use at most " + MAX_LABEL_LENGTH + " characters.");
        }
        return stripped;
    }

    /** Notes a use; returns whether the stored time changed (at most once a minute). */
    public boolean used(Instant now) {
        if (lastUsedAt == null || !now.isBefore(lastUsedAt.plus(LAST_USED_GRANULARITY))) {
            lastUsedAt = now;
            return true;
        }
        return false;
    }

    public Long id() { return id; }
    public long organisationId() { return organisationId; }
    public String label() { return label; }
    public String tokenHash() { return tokenHash; }
    public Long createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant lastUsedAt() { return lastUsedAt; }
}
