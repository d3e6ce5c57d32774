package org.kindred.domain.model.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The form's statements, the anonymous answers and the separate responded-flags. */
public interface EvaluationRepository {

    List<EvaluationItem> items();

    /** Records that this member answered about this session; false if they already had. */
    boolean markResponded(long occurrenceId, long personId);

    boolean hasResponded(long occurrenceId, long personId);

    /** Stores answers with the session and the day only. */
    void addAnswers(long occurrenceId, long groupId, LocalDate day, EvaluationAnswers answers);

    /** Per statement (and "overall"), the number of scores and their sum, for one session's answers. */
    Map<String, long[]> totals(long occurrenceId);

    long responses(long occurrenceId);

    /** Who has answered about this session: only the day-after email reads it, to leave them out. */
    Set<Long> respondents(long occurrenceId);

    /**
     * Scheduled group sessions that ended in [from, until) and whose day-after emails are not settled
     * yet, in id order (so that two server instances claim them in the same order).
     */
    List<Long> endedWithoutMailing(Instant from, Instant until, int limit);

    /**
     * Settles a session's day-after emails in the caller's transaction; false when another run has
     * (after waiting for it, if it has not committed yet). Only the run that gets true queues them.
     */
    boolean claimMailing(long occurrenceId);
}
