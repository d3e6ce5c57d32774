package org.kindred.application.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.kindred.domain.model.session.RecurrencePattern;

/**
 * What an organiser asks for: the first start (wall-clock, in {@code timeZone} or else the
 * organisation's), a length (else the group's), where, and how it repeats: either an RFC 5545
 * {@code rrule} or a {@code pattern} with {@code count} or {@code until}. Neither means a one-off.
 */
public record SeriesPlan(LocalDateTime firstStart, String timeZone, Integer durationMinutes, String rrule,
                         RecurrencePattern pattern, Integer count, LocalDate until, Long roomId, String onlineLink) {

    public static SeriesPlan oneOff(LocalDateTime start, Integer minutes, Long roomId, String onlineLink) {
        return new SeriesPlan(start, null, minutes, null, null, null, null, roomId, onlineLink);
    }

    public boolean repeats() {
        return (rrule != null && !rrule.isBlank()) || pattern != null;
    }
}
