package org.kindred.application.exercise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kindred.application.exercise.LibraryViews.HomeworkView;
import org.kindred.application.access.Caller;
import org.kindred.application.access.ConflictException;
import org.kindred.application.group.GroupAccess;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.exercise.Exercise;
import org.kindred.domain.model.exercise.ExerciseRepository;
import org.kindred.domain.model.exercise.ExerciseSet;
import org.kindred.domain.model.exercise.RunningOrder;
import org.kindred.domain.model.exercise.SessionPlan;
import org.kindred.domain.model.exercise.SessionPlanRepository;
import org.kindred.domain.model.group.MembershipRepository;
import org.kindred.domain.model.group.MembershipStatus;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.organisation.OrganisationRepository;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.SeriesKind;
import org.kindred.domain.model.session.SessionRepository;

/**
 * Facilitators: a group's plan for one of its sessions, adapted for the group without changing the
 * library, laid out as a running order. Only the group's own facilitators reach it; everyone else,
 * organisers included, is told it does not exist.
 */
@ApplicationScoped
@Transactional
public class SessionPlanService {

    @Inject
    SessionRepository sessions;

    @Inject
    GroupAccess access;

    @Inject
    SessionPlanRepository plans;

    @Inject
    ExerciseRepository library;

    @Inject
    PlanFinder finder;

    @Inject
    MembershipRepository memberships;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Clock clock;

    /** One exercise in the running order, with what the facilitator needs to run it. */
    public record SlotView(int position, long exerciseId, String title, String aim, String instructions, String format,
                           String safetyNote, int minutes, LocalDateTime start, LocalDateTime end, boolean late) {
    }

    /** How many members said they did the homework, out of the group's members: never who. */
    public record HomeworkCount(long saidDone, long members) {
    }

    public record PlanView(long occurrenceId, long groupId, String groupName, LocalDateTime start, LocalDateTime end,
                           String zone, boolean cancelled, boolean held, Long setId, String setTitle, boolean adapted,
                           HomeworkView homework, List<SlotView> runningOrder, int plannedMinutes, int sessionMinutes,
                           int spareMinutes, boolean overruns, String warning, HomeworkCount homeworkCount) {
    }

    public PlanView plan(Caller caller, long occurrenceId) {
        Session session = session(caller, occurrenceId);
        return view(session, finder.planOf(session.occurrence, session.group));
    }

    /**
     * Replaces the plan: with {@code setId}, that set is assigned first; {@code exerciseIds} (library
     * exercises, in the order wanted) then become the plan. Either may be null, not both.
     */
    public PlanView arrange(Caller caller, long occurrenceId, Long setId, List<Long> exerciseIds) {
        if (setId == null && exerciseIds == null) {
            throw new RuleException("exerciseIds", "Send the exercises in the order you want (exerciseIds), or a set (setId).");
        }
        return change(caller, occurrenceId, plan -> {
            Instant now = clock.instant();
            if (setId != null) {
                plan.use(library.set(setId).orElseThrow(() ->
                        new RuleException("setId", "There is no exercise set " + setId + " in the library.")), now);
            }
            if (exerciseIds != null) {
                plan.arrange(exercises(exerciseIds), now);
            }
        });
    }

    public PlanView moveUp(Caller caller, long occurrenceId, int position) {
        return change(caller, occurrenceId, plan -> plan.moveUp(position, clock.instant()));
    }

    public PlanView moveDown(Caller caller, long occurrenceId, int position) {
        return change(caller, occurrenceId, plan -> plan.moveDown(position, clock.instant()));
    }

    public PlanView swap(Caller caller, long occurrenceId, int position, long exerciseId) {
        Exercise replacement = library.exercise(exerciseId).orElseThrow(() ->
                new RuleException("replacement", "There is no exercise " + exerciseId + " in the library."));
        return change(caller, occurrenceId, plan -> plan.swap(position, replacement, clock.instant()));
    }

    private PlanView change(Caller caller, long occurrenceId, Consumer<SessionPlan> change) {
        Session session = session(caller, occurrenceId);
        if (!session.occurrence.isScheduled()) {
            throw new RuleException(null, "This session is cancelled, so its plan cannot change.");
        }
        if (!session.occurrence.endsAt().isAfter(clock.instant())) {
            throw new RuleException(null, "This session has taken place, so its plan can no longer change.");
        }
        SessionPlan plan = finder.planOf(session.occurrence, session.group);
        boolean isNew = plan.id() == null;
        change.accept(plan);
        if (isNew) {
            try {
                plans.add(plan);
            } catch (PersistenceException e) {
                throw new ConflictException("A co-facilitator changed this plan at the same moment. Reload it and try again.");
            }
        }
        return view(session, plan);
    }

    /** Library exercises in the order of their ids; an unknown id is a mistake to name. */
    private List<Exercise> exercises(List<Long> ids) {
        Map<Long, Exercise> found = library.exercises(ids.stream().filter(id -> id != null).toList()).stream()
                .collect(Collectors.toMap(Exercise::id, Function.identity()));
        List<Exercise> ordered = new ArrayList<>();
        for (Long id : ids) {
            Exercise exercise = id == null ? null : found.get(id);
            if (exercise == null) {
                throw new RuleException("exerciseIds", "There is no exercise " + id + " in the library.");
            }
            ordered.add(exercise);
        }
        return ordered;
    }

    private record Session(Occurrence occurrence, SupportGroup group) {
    }

    private Session session(Caller caller, long occurrenceId) {
        Occurrence occurrence = sessions.occurrence(occurrenceId).orElseThrow(NotFoundException::new);
        SupportGroup group = access.asFacilitator(caller, occurrence.groupId());
        if (occurrence.series().kind() != SeriesKind.GROUP_SESSION) {
            throw new NotFoundException();
        }
        return new Session(occurrence, group);
    }

    private PlanView view(Session session, SessionPlan plan) {
        Occurrence o = session.occurrence;
        ZoneId zone = organisations.find(session.group.organisationId()).map(org -> org.timeZone())
                .orElse(o.series().zone());
        LocalDateTime start = LocalDateTime.ofInstant(o.startsAt(), zone);
        int minutes = (int) Duration.between(o.startsAt(), o.endsAt()).toMinutes();
        RunningOrder order = plan.runningOrder(start, minutes);
        boolean held = o.isScheduled() && !o.startsAt().isAfter(clock.instant());
        HomeworkCount count = held && plan.homework().isPresent() ? count(session) : null;
        return new PlanView(o.id(), session.group.id(), session.group.name(), start, start.plusMinutes(minutes),
                zone.getId(), !o.isScheduled(), held, plan.set().map(ExerciseSet::id).orElse(null),
                plan.set().map(ExerciseSet::title).orElse(null), plan.adapted(),
                plan.homework().map(LibraryViews::view).orElse(null),
                order.slots().stream().map(SessionPlanService::view).toList(), order.plannedMinutes(), minutes,
                order.spareMinutes(), order.overruns(), order.warning(), count);
    }

    private HomeworkCount count(Session session) {
        long members = memberships.countByStatus(List.of(session.group.id()))
                .getOrDefault(session.group.id(), Map.of()).getOrDefault(MembershipStatus.MEMBER, 0L);
        return new HomeworkCount(plans.doneCount(session.occurrence.id()), members);
    }

    private static SlotView view(RunningOrder.Slot s) {
        Exercise e = s.exercise();
        return new SlotView(s.position(), e.id(), e.title(), e.aim(), e.instructions(), e.format().label(),
                e.safetyNote(), e.durationMinutes(), s.start(), s.end(), s.late());
    }
}
