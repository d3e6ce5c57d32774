package org.kindred.application.session;

import java.time.LocalDateTime;
import java.util.List;

/** A series as booked: how many sessions, which dates were skipped or moved, and any warnings. */
public record ScheduleResult(long seriesId, int sessions, List<LocalDateTime> skipped, List<LocalDateTime> moved,
                             List<String> warnings) {
}
