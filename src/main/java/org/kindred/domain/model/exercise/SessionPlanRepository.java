package org.kindred.domain.model.exercise;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kindred.domain.model.session.Occurrence;

/** Groups' plans and members' homework answers; implemented in infrastructure.persistence. */
public interface SessionPlanRepository {

    Optional<SessionPlan> ofOccurrence(long occurrenceId);

    List<SessionPlan> ofOccurrences(Collection<Long> occurrenceIds);

    void add(SessionPlan plan);

    /**
     * The group's held sessions: its own (not a Round's) occurrences that have started by {@code now}
     * and were not cancelled, latest first, at most {@code limit}.
     */
    List<Occurrence> heldSessions(long groupId, Instant now, int limit);

    Optional<HomeworkReport> report(long occurrenceId, long personId);

    /** This person's answers for these occurrences. */
    List<HomeworkReport> reportsOf(long personId, Collection<Long> occurrenceIds);

    void add(HomeworkReport report);

    /** How many members said they did the homework of this occurrence. */
    long doneCount(long occurrenceId);

    /** Deletes every homework answer of a group: for the retention job, with its named attendance. */
    int forgetReports(long groupId);
}
