package org.kindred.domain.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Overrides and cancellations touch exactly one occurrence; ending early and the input rules. */
class SessionSeriesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDateTime FIRST = LocalDateTime.parse("2027-01-05T12:30");

    private static SessionSeries weekly(int count) {
        SessionSeries series = new SessionSeries(7, 1, SeriesKind.GROUP_SESSION, LONDON, FIRST, 90,
                new Recurrence(RecurrencePattern.WEEKLY, count, null), new Place(3L, null), null, "uid@test", NOW);
        List<LocalDateTime> starts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            starts.add(FIRST.plusWeeks(i));
        }
        List<Occurrence> planned = series.plan(starts);
        for (int i = 0; i < planned.size(); i++) {
            setId(planned.get(i), 100L + i);
        }
        return series;
    }

    private static void setId(Occurrence occurrence, long id) {
        try {
            Field field = Occurrence.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(occurrence, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyChangeToAnOccurrenceOutranksBothItsLastSequenceAndTheSeries() {
        SessionSeries series = weekly(6);
        series.endAfter(LocalDate.parse("2027-02-02")); // the series moves on to SEQUENCE 1
        Occurrence moved = series.reschedule(101, LocalDateTime.parse("2027-01-13T09:00"), 60, new Place(4L, null));
        assertEquals(2, moved.sequence(), "above the series' 1");
        series.reschedule(101, LocalDateTime.parse("2027-01-14T09:00"), 60, new Place(4L, null));
        assertEquals(3, moved.sequence(), "a second move is never sent with the first one's SEQUENCE");
        assertEquals(4, series.cancel(101, null).sequence());
    }

    @Test
    void reschedulingOneOccurrenceOverridesThatOneOnly() {
        SessionSeries series = weekly(6);
        Occurrence moved = series.reschedule(102, LocalDateTime.parse("2027-01-20T15:00"), 60, new Place(4L, null));

        assertEquals(LocalDateTime.parse("2027-01-19T12:30"), moved.originalStart(), "the RECURRENCE-ID stays");
        assertEquals(Instant.parse("2027-01-20T15:00:00Z"), moved.startsAt());
        assertEquals(Instant.parse("2027-01-20T16:00:00Z"), moved.endsAt());
        assertEquals(1, series.occurrences().stream().filter(Occurrence::overridden).count());
        series.occurrences().stream().filter(o -> o != moved).forEach(o -> {
            assertFalse(o.overridden());
            assertEquals(3L, o.place().roomId());
            assertEquals(o.originalStart().atZone(LONDON).toInstant(), o.startsAt());
        });
        assertEquals(0, series.sequence(), "the series itself did not change");
        assertEquals(1, moved.sequence());
    }

    @Test
    void cancellingOneOccurrenceCancelsThatOneOnly() {
        SessionSeries series = weekly(6);
        Occurrence cancelled = series.cancel(104, "  Room closed for maintenance  ");

        assertEquals(OccurrenceStatus.CANCELLED, cancelled.status());
        assertEquals("Room closed for maintenance", cancelled.cancelReason());
        assertEquals(5, series.occurrences().stream().filter(Occurrence::isScheduled).count());
        assertThrows(ScheduleException.class, () -> series.cancel(104, null), "cannot cancel twice");
        assertThrows(ScheduleException.class,
                () -> series.reschedule(104, FIRST.plusDays(1), 90, new Place(3L, null)), "cannot move a cancelled one");
    }

    @Test
    void endingEarlyRemovesTheLaterOccurrencesAndRaisesTheSequence() {
        SessionSeries series = weekly(10);
        List<Occurrence> removed = series.endAfter(LocalDate.parse("2027-01-26"));

        assertEquals(6, removed.size());
        assertEquals(4, series.occurrences().size());
        assertEquals(1, series.sequence());
        assertEquals("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270126T235959Z", series.rrule());
        ScheduleException before = assertThrows(ScheduleException.class, () -> series.endAfter(LocalDate.parse("2027-01-01")));
        assertEquals("lastDate", before.field());
    }

    @Test
    void movingAOneOffMovesTheWholeEvent() {
        SessionSeries extra = new SessionSeries(7, 1, SeriesKind.GROUP_SESSION, LONDON, FIRST, 90, null,
                new Place(null, "https://video.example.org/room"), null, "one@test", NOW);
        setId(extra.plan(List.of(FIRST)).get(0), 9L);

        extra.reschedule(9, FIRST.plusDays(2), 60, new Place(3L, null));

        assertTrue(extra.isOneOff());
        assertEquals(1, extra.sequence());
        assertEquals(FIRST.plusDays(2), extra.firstStart());
        assertEquals(FIRST.plusDays(2), extra.occurrences().get(0).originalStart());
        assertFalse(extra.occurrences().get(0).overridden());
    }

    @Test
    void badInputIsRefusedOnItsField() {
        Place room = new Place(3L, null);
        assertEquals("durationMinutes", assertThrows(ScheduleException.class, () -> new SessionSeries(7, 1,
                SeriesKind.GROUP_SESSION, LONDON, FIRST, 0, null, room, null, "u", NOW)).field());
        assertEquals("firstStart", assertThrows(ScheduleException.class, () -> new SessionSeries(7, 1,
                SeriesKind.GROUP_SESSION, LONDON, LocalDateTime.parse("2026-01-05T12:30"), 90, null, room, null, "u",
                NOW)).field());
        assertEquals("until", assertThrows(ScheduleException.class, () -> new SessionSeries(7, 1,
                SeriesKind.GROUP_SESSION, LONDON, FIRST, 90, new Recurrence(RecurrencePattern.WEEKLY, null,
                LocalDate.parse("2027-01-01")), room, null, "u", NOW)).field());
        assertEquals("count", assertThrows(ScheduleException.class,
                () -> new Recurrence(RecurrencePattern.WEEKLY, 0, null)).field());
        assertEquals("until", assertThrows(ScheduleException.class,
                () -> new Recurrence(RecurrencePattern.WEEKLY, null, null)).field());
        assertEquals("roomId", assertThrows(ScheduleException.class, () -> new Place(null, " ")).field());
        assertEquals("onlineLink", assertThrows(ScheduleException.class, () -> new Place(null, "javascript:alert(1)")).field());
        assertEquals("firstStart", assertThrows(ScheduleException.class, () -> new SessionSeries(7, 1,
                SeriesKind.GROUP_SESSION, LONDON, LocalDateTime.parse("2027-01-29T12:30"), 90,
                new Recurrence(RecurrencePattern.MONTHLY_BY_WEEKDAY, 3, null), room, null, "u", NOW)).field());
    }
}
