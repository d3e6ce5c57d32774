package org.kindred.domain.model.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A person's acceptance of one version of a group's ground rules. */
@Entity
@Table(name = "ground_rules_acceptance")
@IdClass(GroundRulesAcceptance.Key.class)
@NamedQuery(name = "GroundRulesAcceptance.acceptedBy",
        query = "select a.personId from GroundRulesAcceptance a where a.rulesVersionId = :versionId")
@NamedQuery(name = "GroundRulesAcceptance.countFor",
        query = "select count(a) from GroundRulesAcceptance a where a.rulesVersionId = :versionId and a.personId = :personId")
@NamedQuery(name = "GroundRulesAcceptance.notAcceptingCurrent",
        query = "select m.group.id, m.status, count(m) from Membership m, GroundRulesVersion v where m.group.id in :groupIds "
                + "and v.groupId = m.group.id and v.version = (select max(w.version) from GroundRulesVersion w "
                + "where w.groupId = v.groupId) and m.status in (org.kindred.domain.model.group.MembershipStatus.MEMBER, "
                + "org.kindred.domain.model.group.MembershipStatus.WAITLISTED) and not exists (select a from "
                + "GroundRulesAcceptance a where a.rulesVersionId = v.id and a.personId = m.person.id) "
                + "group by m.group.id, m.status")
public class GroundRulesAcceptance {

    @Id
    @Column(name = "rules_version_id")
    private Long rulesVersionId;

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    protected GroundRulesAcceptance() {
        // for JPA
    }

    public GroundRulesAcceptance(long rulesVersionId, long personId, Instant now) {
        this.rulesVersionId = rulesVersionId;
        this.personId = personId;
        this.acceptedAt = now;
    }

    /** The composite key (version, person). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long rulesVersionId;
        private Long personId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(rulesVersionId, that.rulesVersionId)
                    && Objects.equals(personId, that.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(rulesVersionId, personId);
        }
    }
}
