package org.kindred.application.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kindred.application.access.Caller;
import org.kindred.application.group.GroupAccess;
import org.kindred.domain.model.attendance.RecordingWindow;
import org.kindred.domain.model.group.GroupRepository;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.room.Room;
import org.kindred.domain.model.room.RoomRepository;
import org.kindred.domain.model.round.RoundRepository;
import org.kindred.domain.model.round.SchwartzRound;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.SeriesKind;
import org.kindred.domain.model.session.SessionRepository;
import org.kindred.domain.model.session.SessionSeries;

/**
 * What each role may see of the schedule. Times are given as wall-clock times in the series' zone,
 * with the zone named. A cancellation's reason reaches the group's members and facilitators only.
 */
@ApplicationScoped
@Transactional
public class ScheduleViews {

    static final int UPCOMING_DAYS = 120;
    static final int RECENT_DAYS = (int) RecordingWindow.AFTER_START.toDays();
    static final int MAX_CALENDAR_DAYS = 93;

    @Inject
    SessionRepository sessions;

    @Inject
    RoomRepository rooms;

    @Inject
    GroupRepository groups;

    @Inject
    RoundRepository rounds;

    @Inject
    PersonRepository people;

    @Inject
    GroupAccess access;

    @Inject
    Clock clock;

    /** One occurrence as a person sees it. {@code reason} is null unless the viewer may see it. */
    public record SessionView(long occurrenceId, long seriesId, long groupId, String title, SeriesKind kind,
                              LocalDateTime start, LocalDateTime end, String zone, Long roomId, String room,
                              String site, String onlineLink, boolean cancelled, String reason, boolean moved) {
    }

    public record SeriesView(long id, String rule, String uid, int sequence, int durationMinutes, String zone,
                             List<SessionView> sessions) {
    }

    public record RoomView(long id, long siteId, String site, String name, int capacity, String accessibilityNotes,
                           String equipment, int setupMinutes, int cleardownMinutes) {
    }

    /**
     * One panellist as the organiser sees them: the address the organiser typed and the answer. Never a
     * name or a person id, which would tell whether the address had an account before it was asked.
     */
    public record PanellistView(String email, String status) {
    }

    /** A Round for its organisers: the facilitator by name (organisers see facilitators), the rest by address. */
    public record RoundView(long id, long groupId, String topic, String facilitator, String clinicalLeadEmail,
                            SessionView round, SessionView preparation, SessionView debrief, Integer audienceLimit,
                            List<PanellistView> panel, boolean needsPanellists, boolean needsFacilitator) {
    }

    public record PanelInvitation(long roundId, String topic, SessionView round, SessionView preparation,
                                  String status) {
    }

    public record SiteView(long id, String name) {
    }

    /** Every site of the organisation, with or without rooms yet. */
    public List<SiteView> sites(Caller caller) {
        return rooms.sites(caller.organisationId()).stream().map(s -> new SiteView(s.id(), s.name())).toList();
    }

    public List<RoomView> rooms(Caller caller) {
        return rooms.rooms(caller.organisationId()).stream().map(ScheduleViews::view).toList();
    }

    static RoomView view(Room r) {
        return new RoomView(r.id(), r.site().id(), r.site().name(), r.name(), r.capacity(), r.accessibilityNotes(),
                r.equipment(), r.setupMinutes(), r.cleardownMinutes());
    }

    /** A group's series for its organiser or facilitators; only facilitators see cancellation reasons. */
    public List<SeriesView> groupSchedule(Caller caller, long groupId, boolean asFacilitator) {
        SupportGroup group = asFacilitator ? access.asFacilitator(caller, groupId) : access.asOrganiser(caller, groupId);
        Map<Long, Room> roomsById = roomsOf(caller);
        return sessions.ofGroup(groupId).stream()
                .map(s -> new SeriesView(s.id(), s.rrule(), s.uid(), s.sequence(), s.durationMinutes(), s.zone().getId(),
                        s.occurrences().stream().map(o -> view(o, group.name(), roomsById, asFacilitator)).toList()))
                .toList();
    }

    public List<SessionView> upcomingForFacilitator(Caller caller) {
        Instant now = clock.instant();
        List<Occurrence> found = sessions.upcomingLedBy(caller.personId(), now, now.plus(Duration.ofDays(UPCOMING_DAYS)));
        return views(caller, found, true, roomsOf(caller));
    }

    /** Sessions of the last four weeks that have started, newest first: where facilitators record attendance. */
    public List<SessionView> recentForFacilitator(Caller caller) {
        Instant now = clock.instant();
        List<Occurrence> found = new java.util.ArrayList<>(sessions.upcomingLedBy(caller.personId(),
                now.minus(Duration.ofDays(RECENT_DAYS)), now));
        java.util.Collections.reverse(found);
        return views(caller, found, true, roomsOf(caller));
    }

    public List<SessionView> upcomingForMember(Caller caller) {
        Instant now = clock.instant();
        List<Occurrence> found = sessions.upcomingForMember(caller.personId(), now, now.plus(Duration.ofDays(UPCOMING_DAYS)));
        return views(caller, found, true, roomsOf(caller));
    }

    /** The organisation's rooms and sessions between two dates, optionally for one site or room. */
    public List<SessionView> calendar(Caller caller, LocalDate from, LocalDate to, Long siteId, Long roomId) {
        LocalDate start = from != null ? from : LocalDate.now(clock);
        LocalDate end = to != null && to.isAfter(start) ? to : start.plusDays(31);
        if (end.isAfter(start.plusDays(MAX_CALENDAR_DAYS))) {
            end = start.plusDays(MAX_CALENDAR_DAYS);
        }
        ZoneId zone = ZoneId.of("UTC");
        Map<Long, Room> roomsById = roomsOf(caller);
        List<Occurrence> found = sessions.inOrganisation(caller.organisationId(),
                start.minusDays(1).atStartOfDay(zone).toInstant(), end.plusDays(1).atStartOfDay(zone).toInstant());
        return views(caller, found, false, roomsById).stream()
                .filter(v -> roomId == null || roomId.equals(v.roomId()))
                .filter(v -> siteId == null || (v.roomId() != null && roomsById.get(v.roomId()).site().id().equals(siteId)))
                .toList();
    }

    public List<RoundView> rounds(Caller caller) {
        List<SchwartzRound> found = rounds.inOrganisation(caller.organisationId());
        return roundViews(caller, found);
    }

    /**
     * The Rounds whose panel the caller is asked to join. Organisers ask by address, so a Round may be
     * another organisation's (the address's account is in one only): its rooms are that organisation's.
     */
    public List<PanelInvitation> panelInvitations(Caller caller) {
        List<SchwartzRound> found = rounds.withPanellist(caller.personId());
        Map<Long, Room> roomsById = new HashMap<>();
        found.stream().map(SchwartzRound::organisationId).distinct()
                .forEach(o -> rooms.rooms(o).forEach(room -> roomsById.put(room.id(), room)));
        Map<Long, SessionView> byseries = seriesViews(found, roomsById);
        return found.stream().map(r -> new PanelInvitation(r.id(), r.topic(), byseries.get(r.roundSeriesId()),
                byseries.get(r.preparationSeriesId()), r.panellist(caller.personId()).status().name())).toList();
    }

    private List<RoundView> roundViews(Caller caller, List<SchwartzRound> found) {
        Map<Long, Room> roomsById = roomsOf(caller);
        Map<Long, SessionView> bySeries = seriesViews(found, roomsById);
        List<Person> facilitators = people.findAllById(found.stream().map(SchwartzRound::facilitatorId)
                .collect(Collectors.toSet()));
        Map<Long, String> names = facilitators.stream().collect(Collectors.toMap(Person::id, Person::displayName));
        // a facilitator who has left (deactivated, issue 21): the organiser must find another
        Set<Long> gone = facilitators.stream().filter(p -> !p.active()).map(Person::id).collect(Collectors.toSet());
        return found.stream().map(r -> {
            SessionView round = bySeries.get(r.roundSeriesId());
            Integer audience = round != null && round.roomId() != null ? roomsById.get(round.roomId()).capacity() : null;
            return new RoundView(r.id(), r.groupId(), r.topic(), names.get(r.facilitatorId()), r.clinicalLeadEmail(),
                    round, bySeries.get(r.preparationSeriesId()), bySeries.get(r.debriefSeriesId()), audience,
                    r.panel().stream().map(p -> new PanellistView(p.email(), p.status().name())).toList(),
                    r.needsPanellists(), gone.contains(r.facilitatorId()));
        }).toList();
    }

    /** The single occurrence of each of the Rounds' one-off series, by series id. */
    private Map<Long, SessionView> seriesViews(List<SchwartzRound> found, Map<Long, Room> roomsById) {
        Map<Long, SessionView> bySeries = new HashMap<>();
        for (SchwartzRound r : found) {
            for (long id : List.of(r.roundSeriesId(), r.preparationSeriesId(), r.debriefSeriesId())) {
                sessions.find(id).ifPresent(s -> bySeries.put(id,
                        view(s.occurrences().get(0), roundTitle(r.topic(), s), roomsById, false)));
            }
        }
        return bySeries;
    }

    private static String roundTitle(String topic, SessionSeries series) {
        return switch (series.kind()) {
            case ROUND_PREPARATION -> "Preparation: " + topic;
            case ROUND_DEBRIEF -> "Debrief: " + topic;
            default -> "Schwartz Round: " + topic;
        };
    }

    private List<SessionView> views(Caller caller, List<Occurrence> found, boolean withReasons,
                                    Map<Long, Room> roomsById) {
        Map<Long, String> groupNames = groups.inOrganisation(caller.organisationId()).stream()
                .collect(Collectors.toMap(SupportGroup::id, SupportGroup::name));
        return found.stream().map(o -> view(o, groupNames.getOrDefault(o.groupId(), ""), roomsById, withReasons)).toList();
    }

    private static SessionView view(Occurrence o, String title, Map<Long, Room> roomsById, boolean withReason) {
        ZoneId zone = o.series().zone();
        Room room = o.place().roomId() == null ? null : roomsById.get(o.place().roomId());
        return new SessionView(o.id(), o.series().id(), o.groupId(), title, o.series().kind(),
                LocalDateTime.ofInstant(o.startsAt(), zone), LocalDateTime.ofInstant(o.endsAt(), zone), zone.getId(),
                o.place().roomId(), room == null ? null : room.name(), room == null ? null : room.site().name(),
                o.place().onlineLink(), !o.isScheduled(), withReason ? o.cancelReason() : null, o.overridden());
    }

    private Map<Long, Room> roomsOf(Caller caller) {
        return rooms.rooms(caller.organisationId()).stream().collect(Collectors.toMap(Room::id, Function.identity()));
    }

    private Map<Long, String> names(Collection<Long> ids) {
        return people.findAllById(ids).stream().collect(Collectors.toMap(Person::id, Person::displayName));
    }
}
