package org.kindred.application.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kindred.application.PortalSettings;
import org.kindred.application.access.Caller;
import org.kindred.application.access.ConflictException;
import org.kindred.application.group.GroupAccess;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.disclosure.SmallNumbers;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.evaluation.EvaluationAnswers;
import org.kindred.domain.model.evaluation.EvaluationItem;
import org.kindred.domain.model.evaluation.EvaluationRepository;
import org.kindred.domain.model.evaluation.EvaluationTiming;
import org.kindred.domain.model.evaluation.EvaluationWindow;
import org.kindred.domain.model.group.Membership;
import org.kindred.domain.model.group.MembershipRepository;
import org.kindred.domain.model.group.MembershipStatus;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.SeriesKind;
import org.kindred.domain.model.session.SessionRepository;

/**
 * The evaluation after a session. A member answers once, from the session's start until its
 * evaluation closes two weeks later ({@link EvaluationWindow}): the responded-flag is written first
 * and refuses a second answer; the answers go to another table with the session and the day only. The
 * results are released when the evaluation closes and never change after (ADR 0017): each mean only
 * over 8 or more answers, and the count of answers as 1-7 = "*". A group evaluated at the end of its
 * programme offers the form for its last session only.
 */
@ApplicationScoped
public class EvaluationService {

    @Inject
    EvaluationRepository evaluations;

    @Inject
    SessionRepository sessions;

    @Inject
    MembershipRepository memberships;

    @Inject
    GroupAccess access;

    @Inject
    PortalSettings portal;

    @Inject
    EvaluationTimingService timings;

    @Inject
    Clock clock;

    /** The form for one session, and whether the caller has answered already. */
    public record Form(long occurrenceId, List<EvaluationItem> items, boolean answered) {
    }

    /**
     * A session's answers as its facilitators may see them: nothing until the evaluation closes
     * ({@code released} false; {@code closesOn} the day it does), then the count and the means,
     * suppressed when small, the same ever after.
     */
    public record Summary(boolean released, String closesOn, String responses, Map<String, String> means) {
    }

    @Transactional
    public Form form(Caller caller, long occurrenceId) {
        Occurrence occurrence = attended(caller, occurrenceId);
        return new Form(occurrence.id(), evaluations.items(), evaluations.hasResponded(occurrenceId, caller.personId()));
    }

    @Transactional
    public void answer(Caller caller, long occurrenceId, EvaluationAnswers answers) {
        Occurrence occurrence = attended(caller, occurrenceId);
        if (answers == null) {
            throw new RuleException("scores", "Send your answers.");
        }
        answers.checkAgainst(evaluations.items());
        if (!evaluations.markResponded(occurrenceId, caller.personId())) {
            throw new ConflictException("You have already answered the evaluation for this session. Thank you.");
        }
        evaluations.addAnswers(occurrenceId, occurrence.groupId(), LocalDate.now(clock.withZone(portal.timeZone())),
                answers);
    }

    /**
     * For the group's facilitators: each statement's mean and the overall rating, suppressed below 8
     * answers, once the evaluation has closed. Until then nothing at all, not even the count: read after
     * each answer, a running count and mean would give each answer away, and when it came.
     */
    @Transactional
    public Summary summary(Caller caller, long occurrenceId) {
        Occurrence occurrence = sessions.occurrence(occurrenceId).orElseThrow(NotFoundException::new);
        access.asFacilitator(caller, occurrence.groupId());
        String closesOn = closesOn(occurrence);
        if (!EvaluationWindow.closed(occurrence.startsAt(), clock.instant())) {
            return new Summary(false, closesOn, null, Map.of());
        }
        Map<String, String> means = new java.util.LinkedHashMap<>();
        evaluations.totals(occurrenceId).forEach((code, countAndSum) ->
                means.put(code, SmallNumbers.showMean(countAndSum[1], countAndSum[0])));
        return new Summary(true, closesOn, SmallNumbers.show(evaluations.responses(occurrenceId)), means);
    }

    /** The day (in the organisation's zone) the session's evaluation closes. */
    private String closesOn(Occurrence occurrence) {
        return LocalDate.ofInstant(EvaluationWindow.closesAt(occurrence.startsAt()), portal.timeZone()).toString();
    }

    /**
     * Of these sessions, those whose form the caller may open now (answered or not): for links to it.
     * The same checks as the form itself, so a link never leads to a refusal.
     */
    @Transactional
    public Set<Long> offered(Caller caller, Collection<Long> occurrenceIds) {
        Set<Long> offered = new HashSet<>();
        for (Long occurrenceId : occurrenceIds) {
            try {
                offered.add(attended(caller, occurrenceId).id());
            } catch (NotFoundException | RuleException e) {
                // not (or not yet) evaluated: no link
            }
        }
        return offered;
    }

    /**
     * A member of the session's group, about a group session that the group evaluates (any, or only
     * its last for an end-of-programme evaluation), that has started, was not cancelled, and whose
     * evaluation has not closed.
     */
    private Occurrence attended(Caller caller, long occurrenceId) {
        Occurrence occurrence = sessions.occurrence(occurrenceId).orElseThrow(NotFoundException::new);
        Membership member = memberships.find(occurrence.groupId(), caller.personId())
                .filter(m -> m.status() == MembershipStatus.MEMBER).orElse(null);
        if (member == null || occurrence.series().kind() != SeriesKind.GROUP_SESSION) {
            throw new NotFoundException();
        }
        if (!timings.evaluates(member.group(), occurrence)) {
            throw new RuleException(null, EvaluationTiming.ONCE_AT_THE_END);
        }
        if (!occurrence.isScheduled() || occurrence.startsAt().isAfter(clock.instant())) {
            throw new RuleException(null, "The evaluation opens when the session starts.");
        }
        if (EvaluationWindow.closed(occurrence.startsAt(), clock.instant())) {
            throw new RuleException(null, "The evaluation of this session closed on " + closesOn(occurrence)
                    + ". Its results are released as they were then, so no later answer is taken.");
        }
        return occurrence;
    }
}
