package org.kindred.domain.model.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.kindred.domain.model.RuleException;

/** One person asked to tell their story at a Round. */
@Entity
@Table(name = "round_panellist")
@IdClass(Panellist.Key.class)
public class Panellist {

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false)
    private SchwartzRound round;

    @Id
    @Column(name = "person_id", nullable = false)
    private Long personId;

    /** The address the organiser typed, shown to organisers instead of the person's name. */
    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private PanellistStatus status;

    @Column(name = "responded_at")
    private Instant respondedAt;

    protected Panellist() {
        // for JPA
    }

    Panellist(SchwartzRound round, Addressee asked) {
        this.round = Objects.requireNonNull(round, "round");
        this.personId = asked.personId();
        this.email = asked.email();
        this.status = PanellistStatus.INVITED;
    }

    void consent(Instant now) {
        if (status == PanellistStatus.WITHDRAWN) {
            throw new RuleException(null, "You withdrew from this panel. Ask the organiser if you would like to rejoin.");
        }
        status = PanellistStatus.CONSENTED;
        respondedAt = now;
    }

    void decline(Instant now) {
        if (status == PanellistStatus.CONSENTED) {
            status = PanellistStatus.WITHDRAWN;
        } else if (status == PanellistStatus.INVITED) {
            status = PanellistStatus.DECLINED;
        } else {
            throw new RuleException(null, "You are no longer on this panel.");
        }
        respondedAt = now;
    }

    public SchwartzRound round() { return round; }
    public long personId() { return personId; }
    public String email() { return email; }
    public PanellistStatus status() { return status; }
    public Instant respondedAt() { return respondedAt; }

    /** Composite key of (round, person). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        Long round;
        Long personId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(round, k.round) && Objects.equals(personId, k.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(round, personId);
        }
    }
}
