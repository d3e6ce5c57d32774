package org.kindred.application.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.kindred.application.access.Caller;
import org.kindred.application.group.GroupAccess;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.room.RoomRepository;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.Place;
import org.kindred.domain.model.session.Recurrence;
import org.kindred.domain.model.session.RecurrenceRules;
import org.kindred.domain.model.session.ScheduleEvent.Kind;
import org.kindred.domain.model.session.ScheduleEvent.Scope;
import org.kindred.domain.model.session.ScheduleException;
import org.kindred.domain.model.session.SeriesKind;
import org.kindred.domain.model.session.SessionRepository;
import org.kindred.domain.model.session.SessionSeries;

/**
 * One transaction per change to a group's sessions. Each begins with locking reads of the rooms, the
 * group's leaders and their person rows, before any plain read, so that the snapshot the clash check
 * reads is taken after every competing booking has committed (docs/adr/0007).
 */
@ApplicationScoped
@Transactional
public class ScheduleChanges {

    @Inject
    SessionRepository sessions;

    @Inject
    RoomRepository rooms;

    @Inject
    GroupAccess access;

    @Inject
    BookingDesk desk;

    @Inject
    RecurrenceRules rules;

    @Inject
    Clock clock;

    /** A new series (organisers) or a one-off extra session (organisers and the group's facilitators). */
    public ScheduleResult schedule(Caller caller, long groupId, SeriesPlan plan, ClashChoice choice) {
        rooms.lock(roomIds(plan.roomId(), choice.moveToRoomId()));
        List<Long> leaders = lockFacilitators(groupId, null);
        SupportGroup group = plan.repeats() ? access.asOrganiser(caller, groupId) : access.asOrganiserOrFacilitator(caller, groupId);
        SessionSeries series = newSeries(caller, group, plan);
        ScheduleResult result = desk.settle(caller, series, leaders, choice, group.maxMembers());
        desk.fire(Kind.SCHEDULED, Scope.SERIES, series, series.occurrences());
        return result;
    }

    /** Moves one occurrence: its time, room or link. The rest of the series stays. */
    public void reschedule(Caller caller, long occurrenceId, LocalDateTime start, Integer minutes, Long roomId,
                           String onlineLink) {
        SessionRepository.Owner owner = sessions.lockOwnerOfOccurrence(occurrenceId).orElseThrow(NotFoundException::new);
        rooms.lock(roomIds(roomId));
        List<Long> facilitators = lockFacilitators(owner.groupId(), owner.facilitatorId());
        access.asOrganiserOrFacilitator(caller, owner.groupId());
        Occurrence occurrence = sessions.occurrence(occurrenceId).orElseThrow(NotFoundException::new);
        SessionSeries series = occurrence.series();
        Place place = desk.place(caller, roomId, onlineLink, "roomId");
        int length = minutes != null ? minutes
                : (int) java.time.Duration.between(occurrence.startsAt(), occurrence.endsAt()).toMinutes();
        desk.release(List.of(occurrence));
        series.reschedule(occurrenceId, start, length, place);
        sessions.flush();
        var clashes = desk.clashes(series, List.of(occurrence), facilitators, Set.of(occurrenceId));
        if (!clashes.isEmpty()) {
            throw new ClashException("The session cannot move there. Choose another time or room.", clashes);
        }
        desk.book(series, List.of(occurrence));
        desk.fire(Kind.CHANGED, series.isOneOff() ? Scope.SERIES : Scope.OCCURRENCE, series, List.of(occurrence));
    }

    /** Cancels one occurrence; the reason, if given, is shown to the group's members only. */
    public void cancel(Caller caller, long occurrenceId, String reason) {
        SessionRepository.Owner owner = sessions.lockOwnerOfOccurrence(occurrenceId).orElseThrow(NotFoundException::new);
        access.asOrganiserOrFacilitator(caller, owner.groupId());
        Occurrence occurrence = sessions.occurrence(occurrenceId).orElseThrow(NotFoundException::new);
        SessionSeries series = occurrence.series();
        series.cancel(occurrenceId, reason);
        desk.release(List.of(occurrence));
        desk.fire(Kind.CANCELLED, series.isOneOff() ? Scope.SERIES : Scope.OCCURRENCE, series, List.of(occurrence));
    }

    /**
     * "This and all following": the series ends before this occurrence and a new one, linked to it,
     * carries on with the new plan. From the first occurrence, the whole series changes instead.
     */
    public ScheduleResult changeFollowing(Caller caller, long occurrenceId, SeriesPlan plan, ClashChoice choice) {
        SessionRepository.Owner owner = sessions.lockOwnerOfOccurrence(occurrenceId).orElseThrow(NotFoundException::new);
        rooms.lock(roomIds(plan.roomId(), choice.moveToRoomId()));
        List<Long> leaders = lockFacilitators(owner.groupId(), owner.facilitatorId());
        SupportGroup group = access.asOrganiser(caller, owner.groupId());
        Occurrence from = sessions.occurrence(occurrenceId).orElseThrow(NotFoundException::new);
        SessionSeries old = from.series();
        if (old.isOneOff() || old.kind() != SeriesKind.GROUP_SESSION) {
            throw new ScheduleException(null, "This session does not repeat. Move it instead.");
        }
        if (!plan.repeats()) {
            throw new ScheduleException("pattern", "Choose how the following sessions repeat.");
        }
        desk.release(old.fromOn(from));
        Definition definition = define(caller, group, plan);
        if (old.isFirst(from)) {
            old.restart(definition.zone(), plan.firstStart(), definition.minutes(), definition.recurrence(),
                    definition.place(), clock.instant());
            sessions.flush();
            old.plan(definition.starts(rules, plan.firstStart()));
            ScheduleResult result = desk.settle(caller, old, leaders, choice, group.maxMembers());
            desk.fire(Kind.CHANGED, Scope.SERIES, old, old.occurrences());
            return result;
        }
        List<Occurrence> removed = old.endAfter(from.originalStart().toLocalDate().minusDays(1));
        sessions.flush();
        desk.fire(Kind.CHANGED, Scope.SERIES, old, removed);
        SessionSeries next = definition.series(group, plan.firstStart(), newUid(), clock.instant());
        next.plan(definition.starts(rules, plan.firstStart()));
        next.linkTo(old);
        ScheduleResult result = desk.settle(caller, next, leaders, choice, group.maxMembers());
        desk.fire(Kind.SCHEDULED, Scope.SERIES, next, next.occurrences());
        return result;
    }

    /** Ends a series early: no session after the given date. */
    public void end(Caller caller, long seriesId, LocalDate lastDate) {
        SessionRepository.Owner owner = sessions.lockOwnerOfSeries(seriesId).orElseThrow(NotFoundException::new);
        access.asOrganiser(caller, owner.groupId());
        SessionSeries series = sessions.find(seriesId).orElseThrow(NotFoundException::new);
        List<Occurrence> removed = series.endAfter(lastDate);
        desk.release(removed);
        desk.fire(Kind.CHANGED, Scope.SERIES, series, removed);
    }

    private SessionSeries newSeries(Caller caller, SupportGroup group, SeriesPlan plan) {
        Definition definition = define(caller, group, plan);
        SessionSeries series = definition.series(group, plan.firstStart(), newUid(), clock.instant());
        series.plan(definition.starts(rules, plan.firstStart()));
        return series;
    }

    /** A plan read and checked: its zone, rule, length and place. */
    private record Definition(ZoneId zone, Recurrence recurrence, int minutes, Place place) {

        SessionSeries series(SupportGroup group, LocalDateTime firstStart, String uid, java.time.Instant now) {
            return new SessionSeries(group.id(), group.organisationId(), SeriesKind.GROUP_SESSION, zone, firstStart,
                    minutes, recurrence, place, null, uid, now);
        }

        List<LocalDateTime> starts(RecurrenceRules rules, LocalDateTime firstStart) {
            return recurrence == null ? List.of(firstStart) : rules.expand(recurrence, firstStart, zone);
        }
    }

    private Definition define(Caller caller, SupportGroup group, SeriesPlan plan) {
        ZoneId zone = desk.zone(caller, plan.timeZone());
        if (plan.firstStart() == null) {
            throw new ScheduleException("firstStart", "Give the date and time of the first session.");
        }
        Recurrence recurrence = recurrence(plan, zone);
        Place place = desk.place(caller, plan.roomId(), plan.onlineLink(), "roomId");
        int minutes = plan.durationMinutes() != null ? plan.durationMinutes() : group.sessionMinutes();
        return new Definition(zone, recurrence, minutes, place);
    }

    private Recurrence recurrence(SeriesPlan plan, ZoneId zone) {
        if (plan.rrule() != null && !plan.rrule().isBlank()) {
            if (plan.pattern() != null) {
                throw new ScheduleException("rrule", "Give a rule or a pattern, not both.");
            }
            return rules.parse(plan.rrule(), plan.firstStart(), zone);
        }
        return plan.pattern() == null ? null : new Recurrence(plan.pattern(), plan.count(), plan.until());
    }

    /** Locks the group's leaders (or the Round's facilitator) and their person rows; returns them. */
    List<Long> lockFacilitators(long groupId, Long roundFacilitator) {
        List<Long> leaders = sessions.lockLeaders(groupId);
        List<Long> facilitators = roundFacilitator != null ? List.of(roundFacilitator) : leaders;
        sessions.lockPeople(facilitators);
        return facilitators;
    }

    static List<Long> roomIds(Long... ids) {
        return Stream.of(ids).filter(Objects::nonNull).toList();
    }

    static String newUid() {
        return UUID.randomUUID() + "@kindred";
    }
}
