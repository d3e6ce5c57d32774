package org.kindred.application.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kindred.application.access.Caller;
import org.kindred.application.group.GroupAccess;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.disclosure.SmallNumbers;
import org.kindred.domain.model.group.GroupLeader;
import org.kindred.domain.model.group.GroupRepository;
import org.kindred.domain.model.invitation.Answer;
import org.kindred.domain.model.invitation.InvitationOutbox;
import org.kindred.domain.model.invitation.MailKind;
import org.kindred.domain.model.invitation.OutboxMessage;
import org.kindred.domain.model.invitation.OutboxStatus;
import org.kindred.domain.model.invitation.PartStat;
import org.kindred.domain.model.invitation.ResponseRepository;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.SeriesKind;
import org.kindred.domain.model.session.SessionRepository;
import org.kindred.domain.model.session.SessionSeries;

/**
 * What people may see of invitations. Facilitators see the expected headcount of their sessions
 * (counts, no names); organisers see how delivery stands, with the count of people who answered
 * suppressed when it is small, and the failed messages without their recipients.
 */
@ApplicationScoped
public class InvitationViews {

    @Inject
    SessionRepository sessions;

    @Inject
    GroupRepository groups;

    @Inject
    GroupAccess access;

    @Inject
    Attendees attendees;

    @Inject
    ResponseRepository responses;

    @Inject
    InvitationOutbox outbox;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<OutboxQueued> queued;

    static final int MAX_FAILED_LISTED = 10_000;

    /**
     * Answers for one session, counting the invited people who are not running it. {@code expected}
     * is everyone who has not declined.
     */
    public record Headcount(long invited, long accepted, long tentative, long declined, long noReply, long expected) {
        static Headcount of(long invited, long accepted, long tentative, long declined) {
            return new Headcount(invited, accepted, tentative, declined, invited - accepted - tentative - declined,
                    invited - declined);
        }
    }

    /**
     * How a group's emails stand. For organisers every count is shown as {@link SmallNumbers} shows it
     * ("*" for 1 to 7): a sent or failed count could otherwise be subtracted into a member count, or
     * show that one person left. {@code anyFailed} says whether there is something to send again.
     */
    public record Delivery(String pending, String sent, String failed, String replied, boolean anyFailed) {
    }

    /** Failed emails of one group (or, with no group, notices not about one), counted as organisers may see. */
    public record FailedGroup(Long groupId, String count) {
    }

    @Transactional
    public Headcount headcount(Caller caller, long occurrenceId) {
        Occurrence occurrence = sessions.occurrence(occurrenceId).orElseThrow(NotFoundException::new);
        Headcount headcount = headcounts(caller, List.of(occurrence)).get(occurrence.id());
        if (headcount == null) {
            throw new NotFoundException();
        }
        return headcount;
    }

    /**
     * {@link #headcount} for many sessions at once, by occurrence id: the answers are read in one query
     * and each series' attendees once. Sessions that do not exist or are not the caller's are left out.
     */
    @Transactional
    public Map<Long, Headcount> headcounts(Caller caller, Collection<Long> occurrenceIds) {
        return headcounts(caller, sessions.occurrences(new HashSet<>(occurrenceIds)));
    }

    private Map<Long, Headcount> headcounts(Caller caller, List<Occurrence> occurrences) {
        Map<Long, Optional<Set<Long>>> runnersByGroup = new HashMap<>();
        Map<Long, Optional<List<Long>>> invitedBySeries = new HashMap<>();
        for (Occurrence occurrence : occurrences) {
            SessionSeries series = occurrence.series();
            invitedBySeries.computeIfAbsent(series.id(), id -> runners(caller, series, runnersByGroup)
                    .map(runners -> attendees.of(series).stream().map(Person::id).filter(p -> !runners.contains(p))
                            .toList()));
        }
        Set<Long> seriesIds = invitedBySeries.entrySet().stream().filter(e -> e.getValue().isPresent())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Map<Long, List<Answer>> answersBySeries = seriesIds.isEmpty() ? Map.of()
                : responses.answers(seriesIds).stream().collect(Collectors.groupingBy(Answer::seriesId));
        Map<Long, Headcount> headcounts = new LinkedHashMap<>();
        for (Occurrence occurrence : occurrences) {
            long seriesId = occurrence.series().id();
            invitedBySeries.get(seriesId).ifPresent(invited -> headcounts.put(occurrence.id(),
                    count(invited, answers(answersBySeries.getOrDefault(seriesId, List.of()), occurrence.id()))));
        }
        return headcounts;
    }

    /**
     * Who runs a series, or empty when the caller may not see its headcount: a group's sessions are its
     * facilitators' to see, a Round's meetings their own facilitator's. Groups are checked once each.
     */
    private Optional<Set<Long>> runners(Caller caller, SessionSeries series, Map<Long, Optional<Set<Long>>> byGroup) {
        if (series.kind() == SeriesKind.GROUP_SESSION) {
            return byGroup.computeIfAbsent(series.groupId(), groupId -> {
                try {
                    access.asFacilitator(caller, groupId);
                } catch (NotFoundException e) {
                    return Optional.empty();
                }
                return Optional.of(groups.leaders(groupId).stream().map(GroupLeader::personId)
                        .collect(Collectors.toSet()));
            });
        }
        if (!caller.is(Role.FACILITATOR) || series.facilitatorId() == null
                || series.facilitatorId() != caller.personId()) {
            return Optional.empty();
        }
        return Optional.of(Set.of(series.facilitatorId()));
    }

    private static Headcount count(List<Long> invited, Map<Long, PartStat> answers) {
        long accepted = 0, tentative = 0, declined = 0;
        for (Long id : invited) {
            PartStat answer = answers.getOrDefault(id, PartStat.NEEDS_ACTION);
            switch (answer) {
                case ACCEPTED -> accepted++;
                case TENTATIVE -> tentative++;
                case DECLINED -> declined++;
                default -> { }
            }
        }
        return Headcount.of(invited.size(), accepted, tentative, declined);
    }

    /**
     * Each person's answer for one occurrence, from its series' answers: their answer to the occurrence
     * if any, else their answer to the series.
     */
    private static Map<Long, PartStat> answers(List<Answer> seriesAnswers, long occurrenceId) {
        Map<Long, PartStat> bySeries = new HashMap<>();
        Map<Long, PartStat> byOccurrence = new HashMap<>();
        for (Answer answer : seriesAnswers) {
            if (answer.occurrenceKey() == Answer.WHOLE_SERIES) {
                bySeries.put(answer.personId(), answer.partStat());
            } else if (answer.occurrenceKey() == occurrenceId) {
                byOccurrence.put(answer.personId(), answer.partStat());
            }
        }
        bySeries.putAll(byOccurrence);
        return bySeries;
    }

    @Transactional
    public Delivery delivery(Caller caller, long groupId) {
        boolean organiser = isOrganiserOf(caller, groupId);
        if (!organiser) {
            access.asFacilitator(caller, groupId);
        }
        Map<OutboxStatus, Long> counts = outbox.statusCounts(groupId);
        long failed = counts.getOrDefault(OutboxStatus.FAILED, 0L);
        java.util.function.LongFunction<String> shown = organiser ? SmallNumbers::show : String::valueOf;
        return new Delivery(shown.apply(counts.getOrDefault(OutboxStatus.PENDING, 0L)),
                shown.apply(counts.getOrDefault(OutboxStatus.SENT, 0L)), shown.apply(failed),
                shown.apply(responses.repliedCount(groupId)), failed > 0);
    }

    /** Where emails failed, by group, for the organiser to send again: no kinds, times or recipients. */
    @Transactional
    public List<FailedGroup> failed(Caller caller) {
        requireOrganiser(caller);
        return outbox.failedByGroup(caller.organisationId()).entrySet().stream()
                .map(e -> new FailedGroup(e.getKey(), SmallNumbers.show(e.getValue()))).toList();
    }

    /** Sends a group's failed emails again (null: those not about a group), e.g. once the mail settings are mended. */
    @Transactional
    public int retry(Caller caller, Long groupId) {
        requireOrganiser(caller);
        Instant now = clock.instant();
        int again = 0;
        for (OutboxMessage message : outbox.failed(caller.organisationId(), MAX_FAILED_LISTED)) {
            if (message.kind() != MailKind.ALERT && java.util.Objects.equals(message.groupId(), groupId)) {
                message.retry(now);
                again++;
            }
        }
        if (again == 0) {
            throw new NotFoundException();
        }
        queued.fire(new OutboxQueued());
        return again;
    }

    private boolean isOrganiserOf(Caller caller, long groupId) {
        try {
            access.asOrganiser(caller, groupId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static void requireOrganiser(Caller caller) {
        if (!caller.is(Role.ORGANISER)) {
            throw new NotFoundException();
        }
    }

}
