package org.kindred.domain.model.exercise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The read-only library; implemented in infrastructure.persistence. */
public interface ExerciseRepository {

    /** Every set with its exercises, by programme and session. */
    List<ExerciseSet> sets();

    /** The sets of one programme (a template's exercise set code). */
    List<ExerciseSet> collection(String collectionCode);

    Optional<ExerciseSet> set(long setId);

    /** These exercises; unknown ids are absent. */
    List<Exercise> exercises(Collection<Long> exerciseIds);

    Optional<Exercise> exercise(long exerciseId);
}
