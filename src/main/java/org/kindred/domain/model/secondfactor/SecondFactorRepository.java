package org.kindred.domain.model.secondfactor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Enrolled authenticators and recovery codes, by person id. */
public interface SecondFactorRepository {

    Optional<TotpEnrolment> find(long personId);

    /** Replaces any earlier enrolment of the person, and all their recovery codes, with these. */
    void enrol(TotpEnrolment enrolment, List<RecoveryCode> codes);

    /**
     * Accepts a code of this time step when it is later than the last one accepted, in one conditional
     * update: of two servers checking the same code at once, one succeeds.
     *
     * @return whether the step was accepted (false: this or a later code was accepted already)
     */
    boolean acceptStep(long personId, long step);

    /** Replaces the person's recovery codes with these (the old ones stop working). */
    void replaceRecoveryCodes(long personId, List<RecoveryCode> codes);

    /** Spends an unused code with this hash, in one conditional update. @return whether one was spent */
    boolean spendRecoveryCode(long personId, String codeHash, Instant now);

    long unusedRecoveryCodes(long personId);

    /** Removes the enrolment and the recovery codes. @return whether there was an enrolment */
    boolean remove(long personId);
}
