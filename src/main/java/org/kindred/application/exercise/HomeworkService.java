package org.kindred.application.exercise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kindred.application.exercise.LibraryViews.HomeworkView;
import org.kindred.application.access.Caller;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.exercise.ExerciseSet;
import org.kindred.domain.model.exercise.HomeworkReport;
import org.kindred.domain.model.exercise.SessionPlan;
import org.kindred.domain.model.exercise.SessionPlanRepository;
import org.kindred.domain.model.group.Membership;
import org.kindred.domain.model.group.MembershipRepository;
import org.kindred.domain.model.group.MembershipStatus;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.SeriesKind;
import org.kindred.domain.model.session.SessionRepository;

/**
 * Members: what their groups' sessions covered (so that a missed session can be caught up), the
 * current homework, and their own yes-or-no answer to it. Only members of the group reach a session;
 * nobody sees anyone else's answer here.
 */
@ApplicationScoped
@Transactional
public class HomeworkService {

    /** How far back a member can look: enough for a six-session course and a few months of a longer group. */
    static final int HELD_SESSIONS_SHOWN = 12;

    @Inject
    MembershipRepository memberships;

    @Inject
    SessionRepository sessions;

    @Inject
    SessionPlanRepository plans;

    @Inject
    PlanFinder finder;

    @Inject
    Clock clock;

    public record ExerciseSummary(String title, String aim) {
    }

    /** A held session's content as members see it; {@code done} is the caller's own answer, or null. */
    public record SessionContent(long occurrenceId, long groupId, String groupName, LocalDateTime start, String zone,
                                 String setTitle, List<ExerciseSummary> exercises, HomeworkView homework, Boolean done) {
    }

    /** A group's latest session (whose homework is current) and the ones before it. */
    public record GroupHomework(long groupId, String groupName, SessionContent current, List<SessionContent> earlier) {
    }

    public List<GroupHomework> current(Caller caller) {
        if (!caller.is(Role.PARTICIPANT)) {
            return List.of();
        }
        List<GroupHomework> result = new ArrayList<>();
        for (Membership m : memberships.ofPerson(caller.personId())) {
            if (m.status() != MembershipStatus.MEMBER) {
                continue;
            }
            List<SessionContent> held = contents(caller, m.group(),
                    plans.heldSessions(m.group().id(), clock.instant(), HELD_SESSIONS_SHOWN));
            if (!held.isEmpty()) {
                result.add(new GroupHomework(m.group().id(), m.group().name(), held.get(0), held.subList(1, held.size())));
            }
        }
        return result;
    }

    /** One held session of one of the caller's groups: how a member catches up on one they missed. */
    public SessionContent session(Caller caller, long occurrenceId) {
        Held held = held(caller, occurrenceId);
        List<SessionContent> content = contents(caller, held.group, List.of(held.occurrence));
        if (content.isEmpty()) {
            throw new RuleException(null, "This session had no exercises or homework from the library.");
        }
        return content.get(0);
    }

    /** The caller's own answer; the last one counts. */
    public void report(Caller caller, long occurrenceId, boolean done) {
        Held held = held(caller, occurrenceId);
        if (finder.planOf(held.occurrence, held.group).homework().isEmpty()) {
            throw new RuleException("done", "This session set no homework, so there is nothing to report.");
        }
        plans.report(occurrenceId, caller.personId()).ifPresentOrElse(r -> r.answer(done),
                () -> plans.add(new HomeworkReport(occurrenceId, held.group.id(), caller.personId(), done)));
    }

    private record Held(Occurrence occurrence, SupportGroup group) {
    }

    /** A session that has started, was not cancelled, of a group the caller is a member of; else not found. */
    private Held held(Caller caller, long occurrenceId) {
        Occurrence occurrence = sessions.occurrence(occurrenceId).orElseThrow(NotFoundException::new);
        Membership membership = caller.is(Role.PARTICIPANT)
                ? memberships.find(occurrence.groupId(), caller.personId()).orElse(null) : null;
        if (membership == null || membership.status() != MembershipStatus.MEMBER
                || occurrence.series().kind() != SeriesKind.GROUP_SESSION) {
            throw new NotFoundException();
        }
        Instant now = clock.instant();
        if (!occurrence.isScheduled() || occurrence.startsAt().isAfter(now)) {
            throw new RuleException(null, "This session has not taken place, so it has no homework yet.");
        }
        return new Held(occurrence, membership.group());
    }

    /** Content of these sessions, in the same order, leaving out those with nothing from the library. */
    private List<SessionContent> contents(Caller caller, SupportGroup group, List<Occurrence> held) {
        if (held.isEmpty()) {
            return List.of();
        }
        Map<Long, SessionPlan> planned = finder.plansOf(held, group);
        Map<Long, Boolean> answers = plans.reportsOf(caller.personId(), held.stream().map(Occurrence::id).toList())
                .stream().collect(Collectors.toMap(HomeworkReport::occurrenceId, HomeworkReport::done));
        List<SessionContent> result = new ArrayList<>();
        for (Occurrence o : held) {
            SessionPlan plan = planned.get(o.id());
            if (plan.exercises().isEmpty() && plan.homework().isEmpty()) {
                continue;
            }
            ZoneId zone = o.series().zone();
            result.add(new SessionContent(o.id(), group.id(), group.name(), LocalDateTime.ofInstant(o.startsAt(), zone),
                    zone.getId(), plan.set().map(ExerciseSet::title).orElse(null),
                    plan.exercises().stream().map(e -> new ExerciseSummary(e.title(), e.aim())).toList(),
                    plan.homework().map(LibraryViews::view).orElse(null), answers.get(o.id())));
        }
        return result;
    }
}
