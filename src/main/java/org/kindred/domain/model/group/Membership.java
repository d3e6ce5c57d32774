package org.kindred.domain.model.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.kindred.domain.model.person.Person;

/**
 * A person's place in a group. The id orders the waitlist: a later arrival has a larger id. Leaving
 * deletes the row, with no reason kept.
 */
@Entity
@Table(name = "membership")
@NamedQuery(name = "Membership.find",
        query = "select m from Membership m where m.group.id = :groupId and m.person.id = :personId")
@NamedQuery(name = "Membership.findByGroup",
        query = "select m from Membership m join fetch m.person where m.group.id = :groupId order by m.status, m.id")
@NamedQuery(name = "Membership.findByPerson",
        query = "select m from Membership m join fetch m.group where m.person.id = :personId")
@NamedQuery(name = "Membership.firstWaitlisted",
        query = "select m from Membership m where m.group.id = :groupId and m.status = "
                + "org.kindred.domain.model.group.MembershipStatus.WAITLISTED order by m.id")
@NamedQuery(name = "Membership.countByStatus",
        query = "select m.group.id, m.status, count(m) from Membership m where m.group.id in :groupIds "
                + "group by m.group.id, m.status")
@NamedQuery(name = "Membership.waitlistAhead",
        query = "select count(m) from Membership m where m.group.id = :groupId and m.status = "
                + "org.kindred.domain.model.group.MembershipStatus.WAITLISTED and m.id < :id")
@NamedQuery(name = "Membership.waitlistAheadOfPerson",
        query = "select mine.group.id, count(m) from Membership mine, Membership m where mine.person.id = :personId "
                + "and mine.status = org.kindred.domain.model.group.MembershipStatus.WAITLISTED and m.group.id = mine.group.id "
                + "and m.status = org.kindred.domain.model.group.MembershipStatus.WAITLISTED and m.id <= mine.id "
                + "group by mine.group.id")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private SupportGroup group;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private MembershipStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Membership() {
        // for JPA
    }

    public Membership(SupportGroup group, Person person, MembershipStatus status, Instant now) {
        this.group = Objects.requireNonNull(group, "group");
        this.person = Objects.requireNonNull(person, "person");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** Called once the database has given this membership a seat. */
    public void seated() {
        if (status != MembershipStatus.WAITLISTED) {
            throw new IllegalStateException("only a queued membership takes a seat");
        }
        status = MembershipStatus.MEMBER;
    }

    public boolean holdsOrAwaitsASeat() {
        return status == MembershipStatus.MEMBER || status == MembershipStatus.WAITLISTED;
    }

    public Long id() { return id; }
    public SupportGroup group() { return group; }
    public Person person() { return person; }
    public MembershipStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
}
