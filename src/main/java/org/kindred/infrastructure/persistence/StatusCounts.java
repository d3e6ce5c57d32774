package org.kindred.infrastructure.persistence;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kindred.domain.model.group.MembershipStatus;

/** Rows of (group id, membership status, count), as grouped queries return them, by group then status. */
public final class StatusCounts {

    private StatusCounts() {
    }

    public static Map<Long, Map<MembershipStatus, Long>> byGroup(List<Object[]> rows) {
        Map<Long, Map<MembershipStatus, Long>> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(MembershipStatus.class))
                    .put((MembershipStatus) row[1], (Long) row[2]);
        }
        return counts;
    }
}
