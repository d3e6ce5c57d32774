package org.kindred.application.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kindred.application.fixtures.InMemoryRepositories.caller;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.fixtures.Ics;
import org.kindred.application.fixtures.InMemoryRepositories;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.invitation.CalendarMethod;
import org.kindred.domain.model.invitation.MailKind;
import org.kindred.domain.model.invitation.OutboxMessage;
import org.kindred.domain.model.room.RoomBooking;
import org.kindred.domain.model.session.Clash;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.OccurrenceStatus;
import org.kindred.domain.model.session.RecurrencePattern;
import org.kindred.domain.model.session.ScheduleEvent;
import org.kindred.domain.model.session.ScheduleEvent.Kind;
import org.kindred.domain.model.session.ScheduleEvent.Scope;
import org.kindred.domain.model.session.ScheduleException;
import org.kindred.domain.model.session.SessionSeries;

/**
 * Scheduling a group's sessions without a container: clashes over a series' whole span and what the
 * organiser chooses to do with them, a facilitator never in two places, and every change to a series
 * or one of its dates, each with the event it raises, the SEQUENCE it moves on, and the bookings it
 * leaves. A change that is refused leaves everything as it was.
 */
class ScheduleChangesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final SchedulingWiring kindred = new SchedulingWiring(LONDON);
    private final InMemoryRepositories data = kindred.data;
    private final ExampleTrust trust = new ExampleTrust(data);

    private ScheduleResult series(SupportGroup group, String first, RecurrencePattern pattern, int count, Long roomId,
                                  String link, ClashChoice choice) {
        SeriesPlan plan = new SeriesPlan(LocalDateTime.parse(first), null, null, null, pattern, count, null, roomId, link);
        return kindred.tx(() -> kindred.changes.schedule(trust.organiser(), group.id(), plan, choice));
    }

    private ScheduleResult weeklyInSeminarRoom(String first, int count, ClashChoice choice) {
        return series(trust.balint, first, RecurrencePattern.WEEKLY, count, trust.seminar.id(), null, choice);
    }

    private ScheduleResult extra(SupportGroup group, String start, int minutes, Long roomId, String link) {
        SeriesPlan plan = SeriesPlan.oneOff(LocalDateTime.parse(start), minutes, roomId, link);
        return kindred.tx(() -> kindred.changes.schedule(trust.organiser(), group.id(), plan, ClashChoice.NONE));
    }

    private SessionSeries stored(ScheduleResult result) {
        return data.sessions.find(result.seriesId()).orElseThrow();
    }

    private List<RoomBooking> bookingsOf(SessionSeries series) {
        List<Long> ids = series.occurrences().stream().map(Occurrence::id).toList();
        return data.rooms.bookings().stream().filter(b -> ids.contains(b.occurrenceId())).toList();
    }

    private static List<LocalDateTime> dates(String... starts) {
        return java.util.Arrays.stream(starts).map(LocalDateTime::parse).toList();
    }

    /** What one change raised and wrote. */
    private record Outcome(List<ScheduleEvent> events, List<OutboxMessage> letters) {
    }

    private Outcome outcome(Runnable change) {
        int events = kindred.events.size();
        int letters = data.outbox.size();
        change.run();
        return new Outcome(kindred.events.since(events), data.outbox.since(letters));
    }

    /** A change that must be refused: it raises nothing, writes nothing and books nothing. */
    private <E extends RuntimeException> E refused(Class<E> type, Runnable change) {
        int events = kindred.events.size();
        int letters = data.outbox.size();
        List<RoomBooking> bookings = data.rooms.bookings();
        E refusal = assertThrows(type, change::run);
        assertEquals(events, kindred.events.size(), "an event from a refused change");
        assertEquals(letters, data.outbox.size(), "an email from a refused change");
        assertEquals(bookings, data.rooms.bookings(), "a booking changed by a refused change");
        return refusal;
    }

    @Test
    void aSeriesIsCheckedForClashesOverItsWholeSpanNotJustItsFirstDate() {
        extra(trust.omars, "2028-02-01T12:00", 60, trust.seminar.id(), null);
        extra(trust.omars, "2028-06-27T13:30", 60, trust.seminar.id(), null);
        extra(trust.omars, "2028-12-12T14:05", 60, trust.seminar.id(), null); // inside the 15-minute clear-down
        extra(trust.omars, "2028-12-19T14:15", 60, trust.seminar.id(), null); // just after it: no clash

        ClashException clash = refused(ClashException.class, () -> weeklyInSeminarRoom("2028-01-04T12:30", 52, ClashChoice.NONE));

        assertEquals(dates("2028-02-01T12:30", "2028-06-27T12:30", "2028-12-12T12:30"),
                clash.clashes().stream().map(Clash::originalStart).toList());
        assertTrue(clash.clashes().stream().allMatch(c -> c.reason() == Clash.Reason.ROOM));
        assertTrue(clash.getMessage().startsWith("3 of the 52 sessions clash"), clash.getMessage());
        assertTrue(data.sessions.seriesOf(trust.balint.id()).isEmpty(), "nothing is stored until the organiser chooses");

        Outcome skipped = outcome(() -> weeklyInSeminarRoom("2028-01-04T12:30", 52, new ClashChoice(ClashChoice.Action.SKIP, null)));

        SessionSeries series = data.sessions.seriesOf(trust.balint.id()).get(0);
        assertEquals(52, series.occurrences().size(), "skipped dates stay, cancelled, for the EXDATEs");
        assertEquals(dates("2028-02-01T12:30", "2028-06-27T12:30", "2028-12-12T12:30"), series.occurrences().stream()
                .filter(o -> o.status() == OccurrenceStatus.CANCELLED).map(Occurrence::originalStart).toList());
        assertEquals(49, bookingsOf(series).size());
        assertEquals(List.of(new ScheduleEvent(Kind.SCHEDULED, Scope.SERIES, trust.balint.id(), series.id(),
                SessionSeries.originalStarts(series.occurrences()))), skipped.events());
        String ics = skipped.letters().get(0).calendar();
        assertEquals(List.of("EXDATE;TZID=Europe/London:20280201T123000,20280627T123000,20281212T123000"),
                Ics.lines(ics, "EXDATE"));
    }

    @Test
    void theResultOfASkipSaysHowManySessionsAndWhichDates() {
        extra(trust.omars, "2028-01-18T12:00", 60, trust.seminar.id(), null);

        ScheduleResult result = weeklyInSeminarRoom("2028-01-04T12:30", 4, new ClashChoice(ClashChoice.Action.SKIP, null));

        assertEquals(3, result.sessions());
        assertEquals(dates("2028-01-18T12:30"), result.skipped());
        assertTrue(result.moved().isEmpty());
    }

    @Test
    void clashingDatesCanBeHeldInAnotherRoomButOnlyAFreeOne() {
        extra(trust.omars, "2028-01-18T12:00", 60, trust.seminar.id(), null);
        ClashChoice toSeminar = new ClashChoice(ClashChoice.Action.MOVE, trust.seminar.id());
        ClashChoice toNowhere = new ClashChoice(ClashChoice.Action.MOVE, null);
        assertEquals("moveToRoomId", refused(ScheduleException.class, () -> series(trust.balint, "2028-01-04T12:30",
                RecurrencePattern.FORTNIGHTLY, 6, trust.seminar.id(), null, toSeminar)).field(), "not the usual room");
        assertEquals("moveToRoomId", refused(ScheduleException.class, () -> series(trust.balint, "2028-01-04T12:30",
                RecurrencePattern.FORTNIGHTLY, 6, trust.seminar.id(), null, toNowhere)).field());

        ScheduleResult moved = series(trust.balint, "2028-01-04T12:30", RecurrencePattern.FORTNIGHTLY, 6,
                trust.seminar.id(), null, new ClashChoice(ClashChoice.Action.MOVE, trust.spare.id()));

        assertEquals(dates("2028-01-18T12:30"), moved.moved());
        SessionSeries series = stored(moved);
        Occurrence second = series.occurrences().get(1);
        assertEquals(trust.spare.id(), second.place().roomId());
        assertTrue(second.overridden(), "held elsewhere: an override of its date");
        assertEquals(second.originalStart().atZone(LONDON).toInstant(), second.startsAt(), "at the same time");
        assertEquals(List.of(trust.seminar.id(), trust.spare.id(), trust.seminar.id(), trust.seminar.id(),
                trust.seminar.id(), trust.seminar.id()), bookingsOf(series).stream().map(RoomBooking::roomId).toList());

        extra(trust.omars, "2028-04-11T12:00", 60, trust.seminar.id(), null);
        extra(trust.omars, "2028-04-11T13:00", 60, trust.spare.id(), null);
        ClashException bothTaken = refused(ClashException.class, () -> series(trust.balint, "2028-04-04T12:30",
                RecurrencePattern.WEEKLY, 3, trust.seminar.id(), null, new ClashChoice(ClashChoice.Action.MOVE, trust.spare.id())));
        assertTrue(bothTaken.getMessage().startsWith("Spare Room is taken on some of those dates too"), bothTaken.getMessage());
    }

    @Test
    void aFacilitatorIsNeverBookedIntoTwoSessionsAtOnce() {
        extra(trust.secondOfLena, "2028-05-02T12:00", 90, null, "https://meet.example.org/a");

        ClashException clash = refused(ClashException.class, () -> series(trust.balint, "2028-04-18T13:00",
                RecurrencePattern.FORTNIGHTLY, 4, null, "https://meet.example.org/b", ClashChoice.NONE));
        assertEquals(List.of(new Clash(LocalDateTime.parse("2028-05-02T13:00"), Clash.Reason.FACILITATOR,
                "Lena Lead is already facilitating another session at this time.")), clash.clashes());

        ClashException anotherRoom = refused(ClashException.class, () -> series(trust.balint, "2028-04-18T13:00",
                RecurrencePattern.FORTNIGHTLY, 4, null, "https://meet.example.org/b",
                new ClashChoice(ClashChoice.Action.MOVE, trust.spare.id())));
        assertTrue(anotherRoom.getMessage().startsWith("Another room does not help"), anotherRoom.getMessage());

        ScheduleResult skipped = series(trust.balint, "2028-04-18T13:00", RecurrencePattern.FORTNIGHTLY, 4, null,
                "https://meet.example.org/b", new ClashChoice(ClashChoice.Action.SKIP, null));
        assertEquals(dates("2028-05-02T13:00"), skipped.skipped());

        long first = stored(skipped).occurrences().get(0).id();
        ClashException move = refused(ClashException.class, () -> kindred.tx(() -> kindred.changes.reschedule(
                trust.organiser(), first, LocalDateTime.parse("2028-05-02T11:00"), 90, null, "https://meet.example.org/b")));
        assertEquals(Clash.Reason.FACILITATOR, move.clashes().get(0).reason(), "moving one date is checked too");
        assertEquals(0, extra(trust.omars, "2028-05-02T12:00", 90, null, "https://meet.example.org/c").skipped().size(),
                "another facilitator at the same time is no clash");
    }

    @Test
    void movingOneOccurrenceOverridesItAndMovesItsBooking() {
        SessionSeries series = stored(weeklyInSeminarRoom("2028-01-04T12:30", 5, ClashChoice.NONE));
        Occurrence second = series.occurrences().get(1);

        Outcome moved = outcome(() -> kindred.tx(() -> kindred.changes.reschedule(caller(trust.lena), second.id(),
                LocalDateTime.parse("2028-01-12T14:00"), 60, trust.seminar.id(), null)));

        assertEquals(LocalDateTime.parse("2028-01-11T12:30"), second.originalStart(), "its RECURRENCE-ID stays");
        assertEquals(Instant.parse("2028-01-12T14:00:00Z"), second.startsAt());
        assertEquals(Instant.parse("2028-01-12T15:00:00Z"), second.endsAt());
        assertTrue(second.overridden());
        assertEquals(1, second.sequence());
        assertEquals(0, series.sequence(), "the series itself did not change");
        RoomBooking booking = bookingsOf(series).stream().filter(b -> b.occurrenceId() == second.id()).findFirst().orElseThrow();
        assertEquals(Instant.parse("2028-01-12T15:15:00Z"), booking.blocked().until(), "the new time, with the clear-down");
        assertEquals(5, bookingsOf(series).size());
        assertEquals(List.of(new ScheduleEvent(Kind.CHANGED, Scope.OCCURRENCE, trust.balint.id(), series.id(),
                dates("2028-01-11T12:30"))), moved.events());
        assertEquals(2, moved.letters().size(), "Lena and Mia");
        assertTrue(moved.letters().stream().allMatch(m -> m.calendarMethod() == CalendarMethod.REQUEST
                && m.sequence() == 1 && m.occurrenceId().equals(second.id())));

        kindred.tx(() -> kindred.changes.reschedule(caller(trust.lena), second.id(),
                LocalDateTime.parse("2028-01-12T14:00"), 120, trust.seminar.id(), null));
        assertEquals(2, second.sequence(), "longer, over its own old booking: no clash with itself");
    }

    @Test
    void aMoveIntoATakenSlotIsRefusedAndChangesNothing() {
        SessionSeries series = stored(weeklyInSeminarRoom("2028-01-04T12:30", 5, ClashChoice.NONE));
        extra(trust.omars, "2028-01-12T14:30", 60, trust.seminar.id(), null);
        Occurrence second = series.occurrences().get(1);
        Instant startedAt = second.startsAt();

        ClashException clash = refused(ClashException.class, () -> kindred.tx(() -> kindred.changes.reschedule(
                caller(trust.lena), second.id(), LocalDateTime.parse("2028-01-12T14:00"), 60, trust.seminar.id(), null)));

        assertEquals(Clash.Reason.ROOM, clash.clashes().get(0).reason());
        assertEquals(startedAt, second.startsAt(), "rolled back");
        assertFalse(second.overridden());
        assertEquals(0, second.sequence());
    }

    @Test
    void cancellingOneOccurrenceReleasesItsRoomAndRaisesItsSequence() {
        SessionSeries series = stored(weeklyInSeminarRoom("2028-01-04T12:30", 5, ClashChoice.NONE));
        Occurrence fourth = series.occurrences().get(3);

        Outcome cancelled = outcome(() -> kindred.tx(() -> kindred.changes.cancel(caller(trust.lena), fourth.id(),
                "Facilitator on leave")));

        assertEquals(OccurrenceStatus.CANCELLED, fourth.status());
        assertEquals("Facilitator on leave", fourth.cancelReason());
        assertEquals(1, fourth.sequence());
        assertEquals(4, bookingsOf(series).size(), "its room is free again");
        assertEquals(List.of(new ScheduleEvent(Kind.CANCELLED, Scope.OCCURRENCE, trust.balint.id(), series.id(),
                dates("2028-01-25T12:30"))), cancelled.events());
        assertTrue(cancelled.letters().stream().allMatch(m -> m.calendarMethod() == CalendarMethod.CANCEL
                && m.kind() == MailKind.CANCELLATION && m.sequence() == 1));
        refused(ScheduleException.class, () -> kindred.tx(() -> kindred.changes.cancel(caller(trust.lena), fourth.id(), null)));
    }

    @Test
    void cancellingAOneOffSessionCancelsTheWholeEvent() {
        SessionSeries extra = stored(extra(trust.balint, "2028-02-07T10:00", 60, trust.seminar.id(), null));

        Outcome cancelled = outcome(() -> kindred.tx(() -> kindred.changes.cancel(trust.organiser(),
                extra.occurrences().get(0).id(), null)));

        assertEquals(List.of(new ScheduleEvent(Kind.CANCELLED, Scope.SERIES, trust.balint.id(), extra.id(),
                dates("2028-02-07T10:00"))), cancelled.events());
        assertTrue(bookingsOf(extra).isEmpty());
        assertTrue(Ics.lines(cancelled.letters().get(0).calendar(), "RECURRENCE-ID").isEmpty());
    }

    @Test
    void thisAndAllFollowingEndsTheSeriesTheDayBeforeAndStartsALinkedOne() {
        SessionSeries old = stored(series(trust.balint, "2028-03-06T17:00", RecurrencePattern.WEEKLY, 8,
                trust.seminar.id(), null, ClashChoice.NONE));
        Occurrence fifth = old.occurrences().get(4);
        SeriesPlan following = new SeriesPlan(LocalDateTime.parse("2028-04-04T18:00"), null, null, null,
                RecurrencePattern.FORTNIGHTLY, 3, null, trust.seminar.id(), null);

        Outcome split = outcome(() -> kindred.tx(() -> kindred.changes.changeFollowing(trust.organiser(), fifth.id(),
                following, ClashChoice.NONE)));

        List<SessionSeries> both = data.sessions.seriesOf(trust.balint.id());
        assertEquals(2, both.size());
        SessionSeries next = both.get(1);
        assertEquals(4, old.occurrences().size());
        assertEquals("FREQ=WEEKLY;BYDAY=MO;UNTIL=20280402T225959Z", old.rrule(), "the day before, in UTC");
        assertEquals(1, old.sequence());
        assertEquals(old.id(), next.splitFromId());
        assertNotEquals(old.uid(), next.uid());
        assertEquals("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=3", next.rrule());
        assertEquals(0, next.sequence());
        assertEquals(4, bookingsOf(old).size(), "the later dates' rooms are free");
        assertEquals(3, bookingsOf(next).size());
        assertEquals(List.of(
                new ScheduleEvent(Kind.CHANGED, Scope.SERIES, trust.balint.id(), old.id(),
                        dates("2028-04-03T17:00", "2028-04-10T17:00", "2028-04-17T17:00", "2028-04-24T17:00")),
                new ScheduleEvent(Kind.SCHEDULED, Scope.SERIES, trust.balint.id(), next.id(),
                        dates("2028-04-04T18:00", "2028-04-18T18:00", "2028-05-02T18:00"))), split.events());
        assertEquals(List.of(MailKind.UPDATE, MailKind.UPDATE, MailKind.INVITATION, MailKind.INVITATION),
                split.letters().stream().map(OutboxMessage::kind).toList(), "Lena and Mia hear of both");
    }

    @Test
    void thisAndAllFollowingFromTheFirstDateChangesTheSeriesInPlace() {
        SessionSeries series = stored(weeklyInSeminarRoom("2028-01-04T12:30", 6, ClashChoice.NONE));
        String uid = series.uid();
        SeriesPlan later = new SeriesPlan(LocalDateTime.parse("2028-01-05T09:00"), null, 60, null,
                RecurrencePattern.WEEKLY, 6, null, trust.seminar.id(), null);

        Outcome changed = outcome(() -> kindred.tx(() -> kindred.changes.changeFollowing(trust.organiser(),
                series.occurrences().get(0).id(), later, ClashChoice.NONE)));

        assertEquals(List.of(series), data.sessions.seriesOf(trust.balint.id()), "the same series");
        assertEquals(uid, series.uid());
        assertEquals(1, series.sequence());
        assertEquals("FREQ=WEEKLY;BYDAY=WE;COUNT=6", series.rrule());
        assertTrue(series.occurrences().stream().allMatch(o -> o.originalStart().getHour() == 9));
        assertEquals(6, bookingsOf(series).size(), "booked again at the new times, the old bookings gone");
        assertEquals(6, data.rooms.bookings().size());
        assertEquals(1, changed.events().size());
        assertEquals(Kind.CHANGED, changed.events().get(0).kind());
        assertEquals(Scope.SERIES, changed.events().get(0).scope());
        assertTrue(changed.letters().stream().allMatch(m -> m.kind() == MailKind.UPDATE && m.sequence() == 1));
    }

    @Test
    void extendingASeriesChecksItsNewDatesToo() {
        SessionSeries series = stored(weeklyInSeminarRoom("2028-01-04T12:30", 6, ClashChoice.NONE));
        extra(trust.omars, "2028-02-29T12:00", 60, trust.seminar.id(), null); // the ninth Tuesday
        long first = series.occurrences().get(0).id();
        SeriesPlan longer = new SeriesPlan(LocalDateTime.parse("2028-01-04T12:30"), null, null, null,
                RecurrencePattern.WEEKLY, 10, null, trust.seminar.id(), null);

        ClashException clash = refused(ClashException.class, () -> kindred.tx(() -> kindred.changes.changeFollowing(
                trust.organiser(), first, longer, ClashChoice.NONE)));
        assertEquals(dates("2028-02-29T12:30"), clash.clashes().stream().map(Clash::originalStart).toList());
        assertEquals(6, series.occurrences().size(), "rolled back");
        assertEquals(0, series.sequence());

        kindred.tx(() -> kindred.changes.changeFollowing(trust.organiser(), first, longer,
                new ClashChoice(ClashChoice.Action.SKIP, null)));
        assertEquals(10, series.occurrences().size());
        assertEquals(9, bookingsOf(series).size());
        assertEquals("FREQ=WEEKLY;BYDAY=TU;COUNT=10", series.rrule());
        assertEquals(1, series.sequence());
    }

    @Test
    void endingASeriesEarlyRemovesTheLaterDatesAndFreesTheirRooms() {
        SessionSeries series = stored(weeklyInSeminarRoom("2028-01-04T12:30", 10, ClashChoice.NONE));

        Outcome ended = outcome(() -> kindred.tx(() -> kindred.changes.end(trust.organiser(), series.id(),
                LocalDate.parse("2028-01-25"))));

        assertEquals(4, series.occurrences().size());
        assertEquals(4, bookingsOf(series).size());
        assertEquals(4, data.rooms.bookings().size(), "the removed dates' bookings are gone");
        assertEquals("FREQ=WEEKLY;BYDAY=TU;UNTIL=20280125T235959Z", series.rrule());
        assertEquals(1, series.sequence());
        assertEquals(Kind.CHANGED, ended.events().get(0).kind());
        assertEquals(6, ended.events().get(0).occurrences().size(), "the dates it no longer has");
        assertEquals("lastDate", refused(ScheduleException.class, () -> kindred.tx(() -> kindred.changes.end(
                trust.organiser(), series.id(), LocalDate.parse("2028-03-01")))).field(), "it already ends by then");
    }

    @Test
    void everyChangeOutranksWhatItsInviteesLastReceivedAboutTheSameDate() {
        SessionSeries series = stored(weeklyInSeminarRoom("2028-01-04T12:30", 8, ClashChoice.NONE));
        List<Occurrence> dates = series.occurrences();
        List<Supplier<Outcome>> changes = List.of(
                () -> outcome(() -> kindred.tx(() -> kindred.changes.reschedule(trust.organiser(), dates.get(1).id(),
                        LocalDateTime.parse("2028-01-12T12:30"), 90, trust.seminar.id(), null))),
                () -> outcome(() -> kindred.tx(() -> kindred.changes.cancel(trust.organiser(), dates.get(2).id(), null))),
                () -> outcome(() -> kindred.tx(() -> kindred.changes.reschedule(trust.organiser(), dates.get(1).id(),
                        LocalDateTime.parse("2028-01-13T12:30"), 90, trust.seminar.id(), null))),
                () -> outcome(() -> kindred.tx(() -> kindred.changes.end(trust.organiser(), series.id(),
                        LocalDate.parse("2028-02-08")))),
                () -> outcome(() -> kindred.tx(() -> kindred.changes.reschedule(trust.organiser(), dates.get(3).id(),
                        LocalDateTime.parse("2028-01-26T12:30"), 90, trust.seminar.id(), null))));
        List<Integer> expected = List.of(1, 1, 2, 3, 4);

        for (int i = 0; i < changes.size(); i++) {
            Outcome outcome = changes.get(i).get();
            int sequence = expected.get(i);
            assertTrue(outcome.letters().stream().allMatch(m -> m.sequence() == sequence),
                    "change " + i + " is sent with SEQUENCE " + sequence);
        }
    }

    @Test
    void onlyTheGroupsOrganisersMayPlanSeriesAndItsFacilitatorsMayChangeItsDates() {
        SessionSeries series = stored(weeklyInSeminarRoom("2028-01-04T12:30", 4, ClashChoice.NONE));
        long date = series.occurrences().get(0).id();
        SeriesPlan weekly = new SeriesPlan(LocalDateTime.parse("2028-06-06T12:30"), null, null, null,
                RecurrencePattern.WEEKLY, 4, null, null, "https://meet.example.org/x");

        refused(NotFoundException.class, () -> kindred.tx(() -> kindred.changes.schedule(caller(trust.lena),
                trust.balint.id(), weekly, ClashChoice.NONE)));
        refused(NotFoundException.class, () -> kindred.tx(() -> kindred.changes.cancel(caller(trust.omar), date, null)));
        refused(NotFoundException.class, () -> kindred.tx(() -> kindred.changes.reschedule(caller(trust.mia), date,
                LocalDateTime.parse("2028-01-05T12:30"), 60, null, "https://meet.example.org/x")));
        ScheduleResult extra = kindred.tx(() -> kindred.changes.schedule(caller(trust.lena), trust.balint.id(),
                SeriesPlan.oneOff(LocalDateTime.parse("2028-06-06T12:30"), 60, null, "https://meet.example.org/x"),
                ClashChoice.NONE));
        assertEquals(1, extra.sessions(), "a facilitator adds a one-off session");
    }
}
