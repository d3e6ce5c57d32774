package org.kindred.domain.model.invitation;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One VEVENT: a whole series (with its rule, the dates it skips as EXDATEs) or one occurrence of it
 * (with its RECURRENCE-ID). Times are wall-clock in {@code zone}, which is always written as a TZID:
 * never floating, never UTC-only, so a series does not drift at daylight-saving changes.
 *
 * @param rrule        the RRULE value, or null for a one-off or a single occurrence
 * @param recurrenceId the occurrence's original start, or null for the series itself
 * @param alarmMinutes minutes before the start for a VALARM reminder, or null for none
 */
public record CalendarEvent(String uid, int sequence, String summary, String description, String location,
                            String url, ZoneId zone, LocalDateTime start, LocalDateTime end, String rrule,
                            List<LocalDateTime> exdates, LocalDateTime recurrenceId, boolean cancelled,
                            Integer alarmMinutes) {

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        exdates = exdates == null ? List.of() : List.copyOf(exdates);
        if (rrule == null && !exdates.isEmpty()) {
            throw new IllegalArgumentException("EXDATE without RRULE");
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end before start");
        }
    }
}
