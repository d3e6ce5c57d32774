package org.kindred.infrastructure.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.Place;
import org.kindred.domain.model.session.Recurrence;
import org.kindred.domain.model.session.RecurrencePattern;
import org.kindred.domain.model.session.ScheduleException;
import org.kindred.domain.model.session.SeriesKind;
import org.kindred.domain.model.session.SessionSeries;

/** Recurrence through iCal4j: wall-clock times across daylight-saving changes, and the shapes refused. */
class Ical4jRecurrenceRulesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    private final Ical4jRecurrenceRules rules = new Ical4jRecurrenceRules();

    private List<Occurrence> series(LocalDateTime first, String rrule) {
        Recurrence recurrence = rules.parse(rrule, first, LONDON);
        SessionSeries series = new SessionSeries(1, 1, SeriesKind.GROUP_SESSION, LONDON, first, 90, recurrence,
                new Place(1L, null), null, "uid@test", LONG_AGO);
        return series.plan(rules.expand(recurrence, first, LONDON));
    }

    @Test
    void aWeeklySeriesOverTheLastSundayOfOctoberKeepsItsWallClockTime() {
        // British Summer Time ends on Sunday 31 October 2027
        List<Occurrence> sessions = series(LocalDateTime.parse("2027-10-19T12:30"), "FREQ=WEEKLY;COUNT=4");

        assertEquals(List.of(LocalDateTime.parse("2027-10-19T12:30"), LocalDateTime.parse("2027-10-26T12:30"),
                        LocalDateTime.parse("2027-11-02T12:30"), LocalDateTime.parse("2027-11-09T12:30")),
                sessions.stream().map(Occurrence::originalStart).toList());
        assertEquals(List.of(Instant.parse("2027-10-19T11:30:00Z"), Instant.parse("2027-10-26T11:30:00Z"),
                        Instant.parse("2027-11-02T12:30:00Z"), Instant.parse("2027-11-09T12:30:00Z")),
                sessions.stream().map(Occurrence::startsAt).toList());
        assertEquals(Instant.parse("2027-11-02T14:00:00Z"), sessions.get(2).endsAt(), "90 minutes after 12:30 GMT");
    }

    @Test
    void aMonthlySecondTuesdaySeriesOverTheLastSundayOfMarchKeepsItsWallClockTime() {
        // British Summer Time starts on Sunday 28 March 2027
        List<Occurrence> sessions = series(LocalDateTime.parse("2027-02-09T12:30"), "FREQ=MONTHLY;BYDAY=2TU;COUNT=4");

        assertEquals(List.of(LocalDateTime.parse("2027-02-09T12:30"), LocalDateTime.parse("2027-03-09T12:30"),
                        LocalDateTime.parse("2027-04-13T12:30"), LocalDateTime.parse("2027-05-11T12:30")),
                sessions.stream().map(Occurrence::originalStart).toList());
        assertEquals(List.of(Instant.parse("2027-02-09T12:30:00Z"), Instant.parse("2027-03-09T12:30:00Z"),
                        Instant.parse("2027-04-13T11:30:00Z"), Instant.parse("2027-05-11T11:30:00Z")),
                sessions.stream().map(Occurrence::startsAt).toList());
    }

    @Test
    void fortnightlyAndMonthlyOnADateAndAnEndDateExpandAsCalendarsDo() {
        List<Occurrence> fortnightly = series(LocalDateTime.parse("2027-01-05T09:00"),
                "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270202T235959Z");
        assertEquals(List.of(LocalDate.parse("2027-01-05"), LocalDate.parse("2027-01-19"), LocalDate.parse("2027-02-02")),
                fortnightly.stream().map(o -> o.originalStart().toLocalDate()).toList());

        List<Occurrence> monthly = series(LocalDateTime.parse("2027-01-15T17:00"), "FREQ=MONTHLY;BYMONTHDAY=15;COUNT=3");
        assertEquals(List.of(LocalDate.parse("2027-01-15"), LocalDate.parse("2027-02-15"), LocalDate.parse("2027-03-15")),
                monthly.stream().map(o -> o.originalStart().toLocalDate()).toList());
    }

    @Test
    void theRuleWrittenForCalendarsNamesTheWeekdayAndGivesUntilInUtc() {
        Recurrence recurrence = new Recurrence(RecurrencePattern.MONTHLY_BY_WEEKDAY, null, LocalDate.parse("2027-07-31"));
        assertEquals("FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270731T225959Z",
                recurrence.rrule(LocalDateTime.parse("2027-02-09T12:30"), LONDON));
        assertEquals("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6",
                new Recurrence(RecurrencePattern.FORTNIGHTLY, 6, null).rrule(LocalDateTime.parse("2027-02-09T12:30"), LONDON));
    }

    @Test
    void unsupportedOrUnlimitedRulesAreRefusedOnTheRuleField() {
        LocalDateTime first = LocalDateTime.parse("2027-02-09T12:30");
        for (String rule : List.of("FREQ=DAILY", "FREQ=WEEKLY", "FREQ=DAILY;COUNT=10", "FREQ=YEARLY;COUNT=2",
                "FREQ=MONTHLY;BYDAY=-1TU;COUNT=3", "FREQ=MONTHLY;BYSETPOS=-1;BYDAY=TU;COUNT=3",
                "FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=3", "FREQ=WEEKLY;BYDAY=MO,TU;COUNT=3", "FREQ=WEEKLY;INTERVAL=3;COUNT=3",
                "FREQ=WEEKLY;COUNT=3;UNTIL=20270301", "nonsense", "FREQ=WEEKLY;COUNT=ten", "")) {
            ScheduleException refused = assertThrows(ScheduleException.class, () -> rules.parse(rule, first, LONDON), rule);
            assertEquals("rrule", refused.field(), rule);
        }
        ScheduleException noEnd = assertThrows(ScheduleException.class, () -> rules.parse("FREQ=DAILY", first, LONDON));
        assertTrue(noEnd.getMessage().contains("needs an end"), noEnd.getMessage());
    }

    @Test
    void aSeriesLongerThanFiveYearsIsRefused() {
        LocalDateTime first = LocalDateTime.parse("2027-02-09T12:30");
        ScheduleException byDate = assertThrows(ScheduleException.class,
                () -> series(first, "FREQ=WEEKLY;UNTIL=20330101T000000Z"));
        assertEquals("until", byDate.field());
        ScheduleException byCount = assertThrows(ScheduleException.class, () -> series(first, "FREQ=MONTHLY;COUNT=62"));
        assertEquals("count", byCount.field());
        ScheduleException tooMany = assertThrows(ScheduleException.class, () -> rules.parse("FREQ=WEEKLY;COUNT=300", first, LONDON));
        assertEquals("count", tooMany.field());
    }
}
