package org.kindred.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One signed-in session of a person, kept in the database so that it can be listed and ended from
 * another session (ASVS 5.0 7.5.2, 7.4.3). The HTTP session holds a random key; only its hash is here.
 * No IP address, and no User-Agent header: a short device description derived from it.
 */
@Entity
@Table(name = "signed_in_session")
public class SignedInSession {

    /** How long a device description may be. */
    public static final int HINT_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    private String keyHash;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "device_hint", nullable = false, length = HINT_LENGTH)
    private String deviceHint;

    protected SignedInSession() {
        // for JPA
    }

    public SignedInSession(long personId, String keyHash, Instant now, String deviceHint) {
        this.personId = personId;
        this.keyHash = Objects.requireNonNull(keyHash, "keyHash");
        this.startedAt = Objects.requireNonNull(now, "now");
        this.lastSeenAt = now;
        String hint = deviceHint == null || deviceHint.isBlank() ? "Unknown device" : deviceHint.strip();
        this.deviceHint = hint.length() > HINT_LENGTH ? hint.substring(0, HINT_LENGTH) : hint;
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public String keyHash() {
        return keyHash;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public String deviceHint() {
        return deviceHint;
    }
}
