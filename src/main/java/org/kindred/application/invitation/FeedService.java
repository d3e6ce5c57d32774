package org.kindred.application.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kindred.application.PortalSettings;
import org.kindred.application.account.SetupTokens;
import org.kindred.application.access.Caller;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.group.GroupRepository;
import org.kindred.domain.model.group.MembershipRepository;
import org.kindred.domain.model.group.MembershipStatus;
import org.kindred.domain.model.invitation.CalendarEvent;
import org.kindred.domain.model.invitation.CalendarFormat;
import org.kindred.domain.model.invitation.CalendarMessage;
import org.kindred.domain.model.invitation.CalendarMethod;
import org.kindred.domain.model.invitation.FeedRepository;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.room.Room;
import org.kindred.domain.model.room.RoomRepository;
import org.kindred.domain.model.round.RoundRepository;
import org.kindred.domain.model.round.SchwartzRound;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.SessionRepository;
import org.kindred.domain.model.session.SessionSeries;

/**
 * Private calendar subscriptions (METHOD:PUBLISH, no ATTENDEE lines): each person's sessions, and each
 * room's bookings for organisers. The address holds a random token; only its hash is stored, so the
 * address is shown once, when it is made, and making a new one revokes the old.
 */
@ApplicationScoped
public class FeedService {

    private static final DateTimeFormatter UID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);

    @Inject
    FeedRepository feeds;

    @Inject
    SessionRepository sessions;

    @Inject
    GroupRepository groups;

    @Inject
    MembershipRepository memberships;

    @Inject
    RoundRepository rounds;

    @Inject
    RoomRepository rooms;

    @Inject
    Attendees attendees;

    @Inject
    InvitationLetters letters;

    @Inject
    CalendarFormat format;

    @Inject
    PersonRepository people;

    @Inject
    InvitationSettings settings;

    @Inject
    PortalSettings portal;

    @Inject
    Clock clock;

    /** Makes (or remakes) the caller's own feed and returns its address, shown this once. */
    @Transactional
    public String renewPersonal(Caller caller) {
        return renew(new FeedRepository.Owner(caller.personId(), null));
    }

    @Transactional
    public void revokePersonal(Caller caller) {
        feeds.revoke(new FeedRepository.Owner(caller.personId(), null));
    }

    @Transactional
    public boolean hasPersonal(Caller caller) {
        return feeds.exists(new FeedRepository.Owner(caller.personId(), null));
    }

    /** A room's feed, for organisers of the room's organisation. */
    @Transactional
    public String renewRoom(Caller caller, long roomId) {
        room(caller, roomId);
        return renew(new FeedRepository.Owner(null, roomId));
    }

    @Transactional
    public void revokeRoom(Caller caller, long roomId) {
        room(caller, roomId);
        feeds.revoke(new FeedRepository.Owner(null, roomId));
    }

    /** The calendar text behind a token, or empty for an unknown or revoked one. */
    @Transactional
    public Optional<String> calendar(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return feeds.find(SetupTokens.hash(token))
                .filter(owner -> owner.personId() == null
                        || people.findById(owner.personId()).filter(Person::active).isPresent())
                .map(owner -> owner.personId() != null ? personal(owner.personId()) : room(owner.roomId()));
    }

    private String renew(FeedRepository.Owner owner) {
        String token = SetupTokens.newSecret();
        feeds.replace(owner, SetupTokens.hash(token), clock.instant());
        return portal.link("/api/feeds/" + token + ".ics").toString();
    }

    private Room room(Caller caller, long roomId) {
        if (!caller.is(Role.ORGANISER)) {
            throw new NotFoundException();
        }
        return rooms.find(roomId).filter(r -> r.site().organisation().id() == caller.organisationId())
                .orElseThrow(NotFoundException::new);
    }

    private String personal(long personId) {
        Map<Long, SessionSeries> series = new LinkedHashMap<>();
        List<Long> groupIds = new ArrayList<>();
        groups.ledBy(personId).forEach(g -> groupIds.add(g.id()));
        memberships.ofPerson(personId).stream().filter(m -> m.status() == MembershipStatus.MEMBER)
                .forEach(m -> groupIds.add(m.group().id()));
        sessions.ofGroups(groupIds).stream().filter(s -> s.kind() == org.kindred.domain.model.session.SeriesKind.GROUP_SESSION)
                .forEach(s -> series.put(s.id(), s));
        sessions.facilitatedBy(personId).forEach(s -> series.put(s.id(), s));
        for (SchwartzRound round : rounds.withPanellist(personId)) {
            for (long id : List.of(round.roundSeriesId(), round.preparationSeriesId())) {
                sessions.find(id).filter(s -> attendees.includes(s, personId)).ifPresent(s -> series.put(s.id(), s));
            }
        }
        List<CalendarEvent> events = new ArrayList<>();
        for (SessionSeries one : series.values()) {
            if (one.isOneOff() && !one.occurrences().isEmpty() && !one.occurrences().get(0).isScheduled()) {
                continue;
            }
            events.addAll(withoutAlarms(letters.events(one)));
        }
        return publish(events);
    }

    private String room(long roomId) {
        Instant now = clock.instant();
        List<CalendarEvent> events = new ArrayList<>();
        for (Occurrence occurrence : sessions.inRoom(roomId, now.minus(java.time.Duration.ofDays(31)),
                now.plus(java.time.Duration.ofDays(400)))) {
            if (!occurrence.isScheduled()) {
                continue;
            }
            SessionSeries series = occurrence.series();
            LocalDateTime start = LocalDateTime.ofInstant(occurrence.startsAt(), series.zone());
            events.add(new CalendarEvent(series.uid().replace("@", "-" + occurrence.originalStart().format(UID_TIME) + "@"),
                    Math.max(series.sequence(), occurrence.sequence()), letters.title(series), null,
                    letters.location(occurrence.place()), null, series.zone(), start,
                    LocalDateTime.ofInstant(occurrence.endsAt(), series.zone()), null, List.of(), null, false, null));
        }
        return publish(events);
    }

    private static List<CalendarEvent> withoutAlarms(List<CalendarEvent> events) {
        return events.stream().map(e -> new CalendarEvent(e.uid(), e.sequence(), e.summary(), e.description(),
                e.location(), e.url(), e.zone(), e.start(), e.end(), e.rrule(), e.exdates(), e.recurrenceId(), false,
                null)).toList();
    }

    private String publish(List<CalendarEvent> events) {
        return format.write(new CalendarMessage(CalendarMethod.PUBLISH, settings.organiserMailbox(), null, null,
                events, clock.instant()));
    }
}
