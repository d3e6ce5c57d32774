package org.kindred.domain.model.group;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Memberships and the seats that cap them. Seats are claimed and handed over by single SQL
 * statements, so the limit holds however many requests arrive at once.
 */
public interface MembershipRepository {

    /**
     * Serialises changes to one group's membership and ground-rules agreement until the transaction
     * ends, so that arrival order, the membership ids that record it and the seats all agree, and two
     * acceptances or two new versions of the rules cannot collide.
     */
    void lockGroup(long groupId);

    Optional<Membership> find(long groupId, long personId);

    List<Membership> ofGroup(long groupId);

    List<Membership> ofPerson(long personId);

    /** Stores the membership and gives it its id (the waitlist order) at once. */
    void add(Membership membership);

    /** Gives the membership the lowest free seat of its group, if there is one, atomically. */
    boolean claimSeat(long groupId, long membershipId);

    /** Passes a leaving member's seat straight to another membership: the seat is never free between. */
    void handOverSeat(long fromMembershipId, long toMembershipId);

    void releaseSeat(long membershipId);

    /** The longest-waiting membership on the group's waitlist, locked until the transaction ends. */
    Optional<Membership> firstWaitlisted(long groupId);

    void remove(Membership membership);

    /** Per group, the number of memberships in each status. */
    Map<Long, Map<MembershipStatus, Long>> countByStatus(Collection<Long> groupIds);

    /** 1 for the first in the queue. */
    long waitlistPosition(Membership membership);

    /** The waitlist position of this person in each group where they are waitlisted, by group id. */
    Map<Long, Long> waitlistPositionsOf(long personId);
}
