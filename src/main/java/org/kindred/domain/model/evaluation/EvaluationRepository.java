package org.kindred.domain.model.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
}
