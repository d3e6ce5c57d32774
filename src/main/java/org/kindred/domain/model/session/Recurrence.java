package org.kindred.domain.model.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How a series repeats, and when it ends: a pattern with either a number of sessions or a last date.
 * A series always ends; open-ended series are refused, so every occurrence can be checked for clashes.
 *
 * @param until the last date a session may fall on, in the series' zone
 */
public record Recurrence(RecurrencePattern pattern, Integer count, LocalDate until) {

    /** Weekly for five years is 261 sessions. */
    public static final int MAX_COUNT = 261;
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    public Recurrence {
        if (pattern == null) {
            throw new ScheduleException("pattern", "Choose how often the sessions repeat.");
        }
        if ((count == null) == (until == null)) {
            throw new ScheduleException(count == null ? "until" : "count",
                    "Give the series an end: either a number of sessions or a last date, not both.");
        }
        if (count != null && (count < 1 || count > MAX_COUNT)) {
            throw new ScheduleException("count", "Give a number of sessions between 1 and " + MAX_COUNT + ".");
        }
    }

    /** Checks that the pattern can start on this first session, the way every client reads it. */
    public void checkFirst(LocalDateTime firstStart) {
        if (until != null && until.isBefore(firstStart.toLocalDate())) {
            throw new ScheduleException("until", "The last date is before the first session.");
        }
        if (until != null && until.isAfter(firstStart.toLocalDate().plusYears(SessionSeries.MAX_YEARS))) {
            throw new ScheduleException("until", "A series may span at most " + SessionSeries.MAX_YEARS
                    + " years. End it sooner; a new series can follow.");
        }
        int day = firstStart.getDayOfMonth();
        if (pattern == RecurrencePattern.MONTHLY_BY_WEEKDAY && day > 28) {
            throw new ScheduleException("firstStart", "A fifth " + weekday(firstStart)
                    + " is not in every month. Start the series on one of the first four, or repeat on a date.");
        }
        if (pattern == RecurrencePattern.MONTHLY_BY_DATE && day > 28) {
            throw new ScheduleException("firstStart",
                    "Not every month has a " + day + "th. Start the series on a day from 1 to 28, or repeat on a weekday.");
        }
    }

    /** The RFC 5545 RRULE value for a series whose first session starts at {@code firstStart}. */
    public String rrule(LocalDateTime firstStart, ZoneId zone) {
        String byDay = firstStart.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                .substring(0, 2).toUpperCase(Locale.ROOT);
        String shape = switch (pattern) {
            case WEEKLY -> "FREQ=WEEKLY;BYDAY=" + byDay;
            case FORTNIGHTLY -> "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + byDay;
            case MONTHLY_BY_WEEKDAY -> "FREQ=MONTHLY;BYDAY=" + ((firstStart.getDayOfMonth() - 1) / 7 + 1) + byDay;
            case MONTHLY_BY_DATE -> "FREQ=MONTHLY;BYMONTHDAY=" + firstStart.getDayOfMonth();
        };
        return shape + (count != null ? ";COUNT=" + count : ";UNTIL=" + untilUtc(zone));
    }

    /** UNTIL is in UTC when DTSTART has a TZID (RFC 5545 3.3.10): the end of the last day, in the zone. */
    private String untilUtc(ZoneId zone) {
        return until.atTime(23, 59, 59).atZone(zone).withZoneSameInstant(ZoneOffset.UTC).format(UTC_STAMP);
    }

    /** The same pattern, ending on the given date instead. */
    public Recurrence endingOn(LocalDate lastDate) {
        return new Recurrence(pattern, null, lastDate);
    }

    private static String weekday(LocalDateTime start) {
        return start.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
