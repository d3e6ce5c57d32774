package org.kindred.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.domain.model.group.Membership;
import org.kindred.domain.model.group.MembershipRepository;
import org.kindred.domain.model.group.MembershipStatus;
import org.kindred.infrastructure.persistence.StatusCounts;

/**
 * Memberships, and the seat rows that cap them. The claim is one UPDATE with ORDER BY and LIMIT 1:
 * InnoDB locks the seat rows it passes in key order, so concurrent claims queue behind each other,
 * each re-reads the latest committed seat, and no two can take one seat or a seat that isn't there.
 */
@ApplicationScoped
public class JpaMembershipRepository implements MembershipRepository {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Override
    public void lockGroup(long groupId) {
        em.createNativeQuery("SELECT seat_no FROM group_seat WHERE group_id = ?1 AND seat_no = 1 FOR UPDATE")
                .setParameter(1, groupId).getResultList();
    }

    @Override
    public Optional<Membership> find(long groupId, long personId) {
        return em.createNamedQuery("Membership.find", Membership.class)
                .setParameter("groupId", groupId).setParameter("personId", personId).getResultStream().findFirst();
    }

    @Override
    public List<Membership> ofGroup(long groupId) {
        return em.createNamedQuery("Membership.findByGroup", Membership.class)
                .setParameter("groupId", groupId).getResultList();
    }

    @Override
    public List<Membership> ofPerson(long personId) {
        return em.createNamedQuery("Membership.findByPerson", Membership.class)
                .setParameter("personId", personId).getResultList();
    }

    @Override
    public void add(Membership membership) {
        em.persist(membership);
        em.flush();
    }

    @Override
    public boolean claimSeat(long groupId, long membershipId) {
        return em.createNativeQuery("UPDATE group_seat SET membership_id = ?1 "
                        + "WHERE group_id = ?2 AND membership_id IS NULL ORDER BY seat_no LIMIT 1")
                .setParameter(1, membershipId).setParameter(2, groupId).executeUpdate() == 1;
    }

    @Override
    public void handOverSeat(long fromMembershipId, long toMembershipId) {
        int moved = em.createNativeQuery("UPDATE group_seat SET membership_id = ?1 WHERE membership_id = ?2")
                .setParameter(1, toMembershipId).setParameter(2, fromMembershipId).executeUpdate();
        if (moved != 1) {
            throw new IllegalStateException("membership " + fromMembershipId + " held no seat");
        }
    }

    @Override
    public void releaseSeat(long membershipId) {
        em.createNativeQuery("UPDATE group_seat SET membership_id = NULL WHERE membership_id = ?1")
                .setParameter(1, membershipId).executeUpdate();
    }

    @Override
    public Optional<Membership> firstWaitlisted(long groupId) {
        return em.createNamedQuery("Membership.firstWaitlisted", Membership.class)
                .setParameter("groupId", groupId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public void remove(Membership membership) {
        em.remove(membership);
        em.flush();
    }

    @Override
    public Map<Long, Map<MembershipStatus, Long>> countByStatus(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        return StatusCounts.byGroup(em.createNamedQuery("Membership.countByStatus", Object[].class)
                .setParameter("groupIds", groupIds).getResultList());
    }

    @Override
    public Map<Long, Long> waitlistPositionsOf(long personId) {
        return em.createNamedQuery("Membership.waitlistAheadOfPerson", Object[].class)
                .setParameter("personId", personId).getResultStream()
                .collect(java.util.stream.Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    @Override
    public long waitlistPosition(Membership membership) {
        return em.createNamedQuery("Membership.waitlistAhead", Long.class)
                .setParameter("groupId", membership.group().id())
                .setParameter("id", membership.id()).getSingleResult() + 1;
    }
}
