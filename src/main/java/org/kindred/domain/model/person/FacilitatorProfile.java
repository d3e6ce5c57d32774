package org.kindred.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.kindred.domain.model.programme.GroupRuleException;

/**
 * What a facilitator brings: training and accreditation (with the date it lapses), and how many
 * groups they can lead at once. Nothing personal beyond that.
 */
@Entity
@Table(name = "facilitator_profile")
public class FacilitatorProfile {

    public static final int DEFAULT_MAX_GROUPS = 4;

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "training", length = 500)
    private String training;

    @Column(name = "accredited_until")
    private LocalDate accreditedUntil;

    @Column(name = "max_groups", nullable = false)
    private int maxGroups = DEFAULT_MAX_GROUPS;

    protected FacilitatorProfile() {
        // for JPA
    }

    public FacilitatorProfile(long personId, String training, LocalDate accreditedUntil, int maxGroups) {
        this.personId = personId;
        update(training, accreditedUntil, maxGroups);
    }

    /** @throws GroupRuleException naming the field that is out of bounds */
    public final void update(String newTraining, LocalDate newAccreditedUntil, int newMaxGroups) {
        if (newMaxGroups < 1 || newMaxGroups > 50) {
            throw new GroupRuleException("maxGroups", "A facilitator can lead between 1 and 50 groups.");
        }
        if (newTraining != null && newTraining.strip().length() > 500) {
            throw new GroupRuleException("training", "Training must be at most 500 characters.");
        }
        this.training = newTraining == null || newTraining.isBlank() ? null : newTraining.strip();
        this.accreditedUntil = newAccreditedUntil;
        this.maxGroups = newMaxGroups;
    }

    public static FacilitatorProfile defaults(long personId) {
        return new FacilitatorProfile(personId, null, null, DEFAULT_MAX_GROUPS);
    }

    /** An accreditation with no date has not been recorded, which is not the same as lapsed. */
    public boolean accreditationLapsed(LocalDate today) {
        return accreditedUntil != null && accreditedUntil.isBefore(today);
    }

    public Long personId() { return personId; }
    public String training() { return training; }
    public LocalDate accreditedUntil() { return accreditedUntil; }
    public int maxGroups() { return maxGroups; }
}
