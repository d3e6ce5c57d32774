package org.kindred.domain.model.session;

import java.util.List;

/**
 * Someone joins or leaves the people invited to some sessions: a member seated in or gone from a group
 * (every series of the group), or a Schwartz Round panellist who consented or withdrew (the Round and
 * its preparation meeting). Fired inside the transaction, like {@link ScheduleEvent}.
 *
 * @param groupId   the group whose every series is meant, or null when {@code seriesIds} names them
 * @param seriesIds the series meant, when {@code groupId} is null
 */
public record InviteeChange(long personId, boolean joined, Long groupId, List<Long> seriesIds) {

    public InviteeChange {
        seriesIds = seriesIds == null ? List.of() : List.copyOf(seriesIds);
    }

    public static InviteeChange joinedGroup(long personId, long groupId) {
        return new InviteeChange(personId, true, groupId, List.of());
    }

    public static InviteeChange leftGroup(long personId, long groupId) {
        return new InviteeChange(personId, false, groupId, List.of());
    }
}
