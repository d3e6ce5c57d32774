package org.kindred.domain.model.session;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * RFC 5545 recurrence arithmetic, done by a calendar library rather than by hand. Implemented in
 * {@code infrastructure.calendar}; the domain keeps to its own types.
 */
public interface RecurrenceRules {

    /**
     * Reads an RRULE value, accepting only the shapes of {@link RecurrencePattern} with an end.
     *
     * @throws ScheduleException naming the field {@code rrule}, for any other rule
     */
    Recurrence parse(String rrule, LocalDateTime firstStart, ZoneId zone);

    /** The wall-clock starts of every session of the series, in order, the first one included. */
    List<LocalDateTime> expand(Recurrence recurrence, LocalDateTime firstStart, ZoneId zone);
}
