package org.kindred.domain.model.secondfactor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A person's enrolled authenticator app: the TOTP shared secret, sealed (encrypted) by the application
 * before it gets here, when it was enrolled, and the last time step a code was accepted for. The step
 * only moves forward, and only through {@link SecondFactorRepository#acceptStep}, so that a code is
 * accepted once even when two servers check it at the same moment.
 */
@Entity
@Table(name = "person_totp")
public class TotpEnrolment {

    @Id
    @Column(name = "person_id")
    private long personId;

    @Column(name = "secret_encrypted", nullable = false, length = 255)
    private String sealedSecret;

    @Column(name = "enrolled_at", nullable = false, updatable = false)
    private Instant enrolledAt;

    @Column(name = "last_step", nullable = false)
    private long lastStep;

    protected TotpEnrolment() {
        // for JPA
    }

    /** @param firstStep the step of the code that confirmed the enrolment: it cannot be used again */
    public TotpEnrolment(long personId, String sealedSecret, Instant enrolledAt, long firstStep) {
        this.personId = personId;
        this.sealedSecret = Objects.requireNonNull(sealedSecret, "sealedSecret");
        this.enrolledAt = Objects.requireNonNull(enrolledAt, "enrolledAt");
        this.lastStep = firstStep;
    }

    public long personId() {
        return personId;
    }

    public String sealedSecret() {
        return sealedSecret;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public long lastStep() {
        return lastStep;
    }
}
