package org.kindred.application.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.enterprise.event.Event;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kindred.application.access.Caller;
import org.kindred.domain.model.group.GroupLeader;
import org.kindred.domain.model.group.GroupRepository;
import org.kindred.domain.model.organisation.OrganisationRepository;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.room.Room;
import org.kindred.domain.model.room.RoomBooking;
import org.kindred.domain.model.room.RoomRepository;
import org.kindred.domain.model.room.TimeSpan;
import org.kindred.domain.model.session.Clash;
import org.kindred.domain.model.session.ClashCheck;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.Place;
import org.kindred.domain.model.session.ScheduleEvent;
import org.kindred.domain.model.session.ScheduleEvent.Kind;
import org.kindred.domain.model.session.ScheduleEvent.Scope;
import org.kindred.domain.model.session.ScheduleException;
import org.kindred.domain.model.session.SessionRepository;
import org.kindred.domain.model.session.SessionSeries;

/**
 * Checks occurrences against rooms and facilitators, and books them. Callers hold the row locks of
 * every room and facilitator involved (taken first in their transaction), so what is checked here
 * cannot change before the booking is written.
 */
@ApplicationScoped
public class BookingDesk {

    @Inject
    RoomRepository rooms;

    @Inject
    SessionRepository sessions;

    @Inject
    GroupRepository groups;

    @Inject
    PersonRepository people;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Event<ScheduleEvent> events;

    /** A room of the caller's organisation, or a field error. */
    public Room ownRoom(Caller caller, long roomId, String field) {
        return rooms.find(roomId).filter(r -> r.site().organisation().id() == caller.organisationId())
                .orElseThrow(() -> new ScheduleException(field, "Choose one of your organisation's rooms."));
    }

    /** A place of the caller's organisation: its room (if any) checked, its link (if any) checked. */
    public Place place(Caller caller, Long roomId, String onlineLink, String field) {
        if (roomId != null) {
            ownRoom(caller, roomId, field);
        }
        return new Place(roomId, onlineLink);
    }

    /**
     * Settles a newly planned (or re-planned) series: clashes are refused unless the organiser chose
     * what to do with them; then the series is stored and its rooms booked.
     */
    public ScheduleResult settle(Caller caller, SessionSeries series, Collection<Long> facilitators, ClashChoice choice,
                                 int groupMaximum) {
        List<Occurrence> planned = series.occurrences();
        List<Clash> clashes = clashes(series, planned, facilitators, Set.of());
        List<LocalDateTime> skipped = List.of();
        List<LocalDateTime> moved = List.of();
        if (!clashes.isEmpty()) {
            if (choice == null || choice.action() == null) {
                long dates = clashes.stream().map(Clash::originalStart).distinct().count();
                throw new ClashException(dates + " of the " + planned.size() + " sessions clash. Skip those dates, "
                        + "hold them in another room, or cancel.", clashes);
            }
            Set<LocalDateTime> clashing = clashes.stream().map(Clash::originalStart)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (choice.action() == ClashChoice.Action.SKIP) {
                series.skip(clashing);
                skipped = List.copyOf(clashing);
            } else {
                moved = relocate(caller, series, clashes, facilitators, choice);
            }
        }
        if (series.id() == null) {
            sessions.add(series);
        } else {
            sessions.flush();
        }
        book(series, series.occurrences());
        List<String> warnings = new ArrayList<>();
        capacityWarning(series.place(), groupMaximum).ifPresent(warnings::add);
        return new ScheduleResult(series.id(), (int) series.occurrences().stream().filter(Occurrence::isScheduled).count(),
                skipped, moved, warnings);
    }

    private List<LocalDateTime> relocate(Caller caller, SessionSeries series, List<Clash> clashes,
                                         Collection<Long> facilitators, ClashChoice choice) {
        List<Clash> busyPeople = clashes.stream().filter(c -> c.reason() == Clash.Reason.FACILITATOR).toList();
        if (!busyPeople.isEmpty()) {
            throw new ClashException("Another room does not help when a facilitator is busy. Skip those dates instead.",
                    busyPeople);
        }
        if (choice.moveToRoomId() == null) {
            throw new ScheduleException("moveToRoomId", "Choose the room to hold the clashing sessions in.");
        }
        Room elsewhere = ownRoom(caller, choice.moveToRoomId(), "moveToRoomId");
        if (elsewhere.id().equals(series.place().roomId())) {
            throw new ScheduleException("moveToRoomId", "Choose a different room from the usual one.");
        }
        Set<LocalDateTime> dates = clashes.stream().map(Clash::originalStart)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        series.relocate(dates, new Place(elsewhere.id(), series.place().onlineLink()));
        List<Occurrence> movedOnes = series.occurrences().stream().filter(o -> dates.contains(o.originalStart())).toList();
        List<Clash> stillClashing = clashes(series, movedOnes, List.of(), Set.of());
        if (!stillClashing.isEmpty()) {
            throw new ClashException(elsewhere.name() + " is taken on some of those dates too. Choose another room, "
                    + "or skip them.", stillClashing);
        }
        return List.copyOf(dates);
    }

    /** Every clash of the given occurrences, over their whole span, ignoring the listed occurrences' own bookings. */
    public List<Clash> clashes(SessionSeries series, List<Occurrence> candidates, Collection<Long> facilitators,
                               Collection<Long> except) {
        List<Occurrence> scheduled = candidates.stream().filter(Occurrence::isScheduled).toList();
        if (scheduled.isEmpty()) {
            return List.of();
        }
        Instant from = scheduled.stream().map(Occurrence::startsAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant until = scheduled.stream().map(Occurrence::endsAt).max(Comparator.naturalOrder()).orElseThrow();
        List<Clash> clashes = new ArrayList<>();
        if (series.kind().booksRoom()) {
            clashes.addAll(roomClashes(series, scheduled, from, until, except));
        }
        clashes.addAll(facilitatorClashes(scheduled, facilitators, from, until, except));
        clashes.sort(Comparator.comparing(Clash::originalStart));
        return clashes;
    }

    private List<Clash> roomClashes(SessionSeries series, List<Occurrence> scheduled, Instant from, Instant until,
                                    Collection<Long> except) {
        List<Clash> clashes = new ArrayList<>();
        Map<Long, List<Occurrence>> byRoom = scheduled.stream().filter(o -> o.place().inRoom())
                .collect(Collectors.groupingBy(o -> o.place().roomId()));
        for (Map.Entry<Long, List<Occurrence>> entry : byRoom.entrySet()) {
            Room room = rooms.find(entry.getKey()).orElseThrow();
            Duration margin = Duration.ofMinutes(Room.MAX_BUFFER_MINUTES + 60L);
            ClashCheck check = new ClashCheck(rooms.taken(room.id(), from.minus(margin), until.plus(margin), except));
            for (Occurrence o : entry.getValue()) {
                if (check.clashes(blocked(series, room, o))) {
                    clashes.add(new Clash(o.originalStart(), Clash.Reason.ROOM, room.name() + " is booked at this time."));
                }
            }
        }
        return clashes;
    }

    private List<Clash> facilitatorClashes(List<Occurrence> scheduled, Collection<Long> facilitators, Instant from,
                                           Instant until, Collection<Long> except) {
        if (facilitators.isEmpty()) {
            return List.of();
        }
        // A session never clashes with itself. A re-planned series' new sessions are already flushed
        // when this query runs, so without the identity check every date of it would clash.
        Set<Occurrence> candidates = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        candidates.addAll(scheduled);
        List<Occurrence> busy = sessions.facilitatedBy(facilitators, from, until).stream()
                .filter(o -> !except.contains(o.id()) && !candidates.contains(o)).toList();
        if (busy.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> leadersByGroup = groups.leaders(busy.stream().map(Occurrence::groupId).distinct().toList())
                .stream().collect(Collectors.groupingBy(GroupLeader::groupId,
                        Collectors.mapping(GroupLeader::personId, Collectors.toList())));
        Map<Long, String> names = new HashMap<>();
        people.findAllById(facilitators).forEach(p -> names.put(p.id(), p.displayName()));
        List<Clash> clashes = new ArrayList<>();
        for (Long person : facilitators) {
            List<TimeSpan> taken = busy.stream().filter(o -> o.series().facilitatorId() != null
                            ? o.series().facilitatorId().equals(person)
                            : leadersByGroup.getOrDefault(o.groupId(), List.of()).contains(person))
                    .map(o -> new TimeSpan(o.startsAt(), o.endsAt())).toList();
            ClashCheck check = new ClashCheck(taken);
            for (Occurrence o : scheduled) {
                if (check.clashes(new TimeSpan(o.startsAt(), o.endsAt()))) {
                    clashes.add(new Clash(o.originalStart(), Clash.Reason.FACILITATOR,
                            names.getOrDefault(person, "A facilitator") + " is already facilitating another session at this time."));
                }
            }
        }
        return clashes;
    }

    /** Books the rooms of the scheduled occurrences given. */
    public void book(SessionSeries series, Collection<Occurrence> occurrences) {
        if (!series.kind().booksRoom()) {
            return;
        }
        for (Occurrence o : occurrences) {
            if (o.isScheduled() && o.place().inRoom()) {
                Room room = rooms.find(o.place().roomId()).orElseThrow();
                rooms.book(new RoomBooking(room.id(), o.id(), blocked(series, room, o)));
            }
        }
    }

    private static TimeSpan blocked(SessionSeries series, Room room, Occurrence o) {
        return room.blockedFor(o.startsAt(), o.endsAt().plus(Duration.ofMinutes(series.kind().roomHeldAfterMinutes())));
    }

    public void release(Collection<Occurrence> occurrences) {
        rooms.release(occurrences.stream().map(Occurrence::id).toList());
    }

    public java.util.Optional<String> capacityWarning(Place place, int groupMaximum) {
        if (!place.inRoom()) {
            return java.util.Optional.empty();
        }
        Room room = rooms.find(place.roomId()).orElseThrow();
        return room.capacity() < groupMaximum
                ? java.util.Optional.of(room.name() + " seats " + room.capacity() + ", fewer than the group's maximum of "
                        + groupMaximum + ".")
                : java.util.Optional.empty();
    }

    /** The requested zone, or the organisation's; a field error for one Kindred does not know. */
    public ZoneId zone(Caller caller, String requested) {
        if (requested == null || requested.isBlank()) {
            return organisations.find(caller.organisationId()).orElseThrow().timeZone();
        }
        try {
            ZoneId zone = ZoneId.of(requested.strip());
            if (zone.getId().startsWith("GMT") || zone.getId().startsWith("UTC") || zone.getId().startsWith("+")
                    || zone.getId().startsWith("-")) {
                throw new ScheduleException("timeZone", "Give a named time zone such as Europe/London, not an offset.");
            }
            return zone;
        } catch (DateTimeException e) {
            throw new ScheduleException("timeZone", "\"" + shorten(requested) + "\" is not a time zone Kindred knows. "
                    + "Use a name such as Europe/London.");
        }
    }

    private static String shorten(String text) {
        String stripped = text.strip();
        return stripped.length() > 40 ? stripped.substring(0, 40) + "…" : stripped;
    }

    /** Raises the event for a change, inside the transaction that makes it. */
    public void fire(Kind kind, Scope scope, SessionSeries series, List<Occurrence> affected) {
        events.fire(new ScheduleEvent(kind, scope, series.groupId(), series.id(),
                new ArrayList<>(SessionSeries.originalStarts(affected))));
    }
}
