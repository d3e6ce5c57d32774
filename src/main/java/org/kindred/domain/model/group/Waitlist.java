package org.kindred.domain.model.group;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A group's waitlist: the waitlisted memberships in order of arrival, which is the order of their
 * ids (they are created one at a time under the group's queue lock). Position 1 is next for a seat.
 */
public final class Waitlist {

    private final List<Membership> queue;

    private Waitlist(List<Membership> queue) {
        this.queue = queue;
    }

    public static Waitlist of(List<Membership> memberships) {
        return new Waitlist(memberships.stream()
                .filter(m -> m.status() == MembershipStatus.WAITLISTED)
                .sorted(Comparator.comparing(Membership::id))
                .toList());
    }

    public List<Membership> inOrder() {
        return queue;
    }

    public Optional<Membership> next() {
        return queue.stream().findFirst();
    }

    /** 1-based; empty for someone not on the list. */
    public Optional<Long> positionOf(Membership membership) {
        int index = queue.indexOf(membership);
        return index < 0 ? Optional.empty() : Optional.of(index + 1L);
    }

    public int size() {
        return queue.size();
    }
}
