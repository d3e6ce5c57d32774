package org.kindred.application.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kindred.application.access.Caller;
import org.kindred.application.fixtures.InMemoryRepositories;
import org.kindred.domain.model.organisation.Organisation;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.room.Room;
import org.kindred.domain.model.room.RoomBooking;
import org.kindred.domain.model.room.TimeSpan;
import org.kindred.domain.model.session.Clash;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.Place;
import org.kindred.domain.model.session.ScheduleException;
import org.kindred.domain.model.session.SeriesKind;
import org.kindred.domain.model.session.SessionSeries;

/** What the booking desk holds a room for, whom it counts as busy, and the places and zones it accepts. */
class BookingDeskTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDateTime ROUND_START = LocalDateTime.parse("2028-03-15T13:00");

    private final SchedulingWiring kindred = new SchedulingWiring(LONDON);
    private final InMemoryRepositories data = kindred.data;
    private final ExampleTrust trust = new ExampleTrust(data);
    private final BookingDesk desk = kindred.desk;

    private SessionSeries roundSession(SeriesKind kind, LocalDateTime start, int minutes) {
        return data.series(trust.balint, kind, start, minutes, null, new Place(trust.seminar.id(), null), trust.lena.id());
    }

    private RoomBooking bookingOf(Occurrence occurrence) {
        return data.rooms.bookings().stream().filter(b -> b.occurrenceId() == occurrence.id()).findFirst().orElseThrow();
    }

    @Test
    void aRoundHoldsItsRoomThroughItsDebriefAndTheRoomsBuffers() {
        SessionSeries round = roundSession(SeriesKind.ROUND, ROUND_START, 60);
        SessionSeries debrief = roundSession(SeriesKind.ROUND_DEBRIEF, ROUND_START.plusHours(1), SeriesKind.DEBRIEF_MINUTES);

        desk.book(round, round.occurrences());
        desk.book(debrief, debrief.occurrences());

        assertEquals(new TimeSpan(Instant.parse("2028-03-15T13:00:00Z"), Instant.parse("2028-03-15T14:30:00Z")),
                bookingOf(round.occurrences().get(0)).blocked(), "an hour, the 15-minute debrief, the 15-minute clear-down");
        assertEquals(1, data.rooms.bookings().size(), "the debrief is held in the Round's booking");
    }

    @Test
    void aDateNeverClashesWithItsOwnBookingButDoesWithAnyOther() {
        SessionSeries series = data.weekly(trust.balint, LocalDateTime.parse("2028-01-04T12:30"), 2,
                new Place(trust.seminar.id(), null));
        desk.book(series, series.occurrences());
        Occurrence first = series.occurrences().get(0);

        List<Clash> withItself = desk.clashes(series, List.of(first), List.of(), Set.of());
        List<Clash> without = desk.clashes(series, List.of(first), List.of(), Set.of(first.id()));

        assertEquals(1, withItself.size(), "its own booking, unless left out");
        assertTrue(without.isEmpty());
    }

    @Test
    void whoeverFacilitatesARoundIsBusyForTheirGroupsAtThatTime() {
        roundSession(SeriesKind.ROUND, ROUND_START, 60);
        SessionSeries groupSession = data.series(trust.secondOfLena, SeriesKind.GROUP_SESSION, ROUND_START.plusMinutes(30),
                60, null, new Place(null, "https://meet.example.org/m"), null);
        SessionSeries omarsSession = data.series(trust.omars, SeriesKind.GROUP_SESSION, ROUND_START, 60, null,
                new Place(null, "https://meet.example.org/o"), null);

        List<Clash> lenas = desk.clashes(groupSession, groupSession.occurrences(), List.of(trust.lena.id()), Set.of());
        List<Clash> omars = desk.clashes(omarsSession, omarsSession.occurrences(), List.of(trust.omar.id()), Set.of());

        assertEquals(List.of(new Clash(ROUND_START.plusMinutes(30), Clash.Reason.FACILITATOR,
                "Lena Lead is already facilitating another session at this time.")), lenas);
        assertTrue(omars.isEmpty(), "Omar runs neither");
    }

    @Test
    void aRoomTooSmallForTheGroupIsAWarningNotARefusal() {
        assertEquals(Optional.of("Spare Room seats 8, fewer than the group's maximum of 12."),
                desk.capacityWarning(new Place(trust.spare.id(), null), 12));
        assertEquals(Optional.empty(), desk.capacityWarning(new Place(trust.seminar.id(), null), 12));
        assertEquals(Optional.empty(), desk.capacityWarning(new Place(null, "https://meet.example.org/x"), 500));
    }

    @Test
    void onlyTheCallersOwnRoomsAndNamedZonesAreAccepted() {
        Caller organiser = trust.organiser();
        Organisation elsewhere = data.organisation("Other Trust", ZoneId.of("Europe/Dublin"));
        Room theirs = data.room(data.site(elsewhere, "Elsewhere"), "Their Room", 10, 0, 0);
        Caller theirOrganiser = InMemoryRepositories.caller(data.person(elsewhere, "Otto Organiser", Role.ORGANISER));

        assertEquals("roomId", assertThrows(ScheduleException.class,
                () -> desk.place(organiser, theirs.id(), null, "roomId")).field());
        assertEquals(trust.seminar, desk.ownRoom(organiser, trust.seminar.id(), "roomId"));
        assertEquals(LONDON, desk.zone(organiser, " "));
        assertEquals(ZoneId.of("Europe/Dublin"), desk.zone(theirOrganiser, null), "the organisation's own zone");
        assertEquals(ZoneId.of("Europe/Paris"), desk.zone(organiser, "Europe/Paris"));
        for (String offset : List.of("UTC", "GMT+01:00", "+01:00", "-05:00")) {
            assertEquals("timeZone", assertThrows(ScheduleException.class, () -> desk.zone(organiser, offset)).field(),
                    offset);
        }
        assertEquals("timeZone", assertThrows(ScheduleException.class, () -> desk.zone(organiser, "Mars/Olympus")).field());
    }
}
