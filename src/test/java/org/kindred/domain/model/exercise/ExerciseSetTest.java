package org.kindred.domain.model.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExerciseSetTest {

    private final ExerciseSet week1 = new ExerciseSet("c-1", "course", 1, "Week 1", null);
    private final ExerciseSet week2 = new ExerciseSet("c-2", "course", 2, "Week 2", null);
    private final ExerciseSet every = new ExerciseSet("b", "structure", null, "Every session", null);

    @Test
    void theNthSessionFollowsTheNthSet() {
        assertEquals("Week 2", ExerciseSet.forSession(List.of(week1, week2), 2).orElseThrow().title());
    }

    @Test
    void beyondTheCourseThereIsNoDefault() {
        assertTrue(ExerciseSet.forSession(List.of(week1, week2), 3).isEmpty());
        assertTrue(ExerciseSet.forSession(List.of(), 1).isEmpty());
    }

    @Test
    void aStructureForEverySessionServesAnyNumber() {
        assertEquals("Every session", ExerciseSet.forSession(List.of(every), 17).orElseThrow().title());
    }

    @Test
    void minutesAddUp() {
        week1.add("a", "A", "aim", "do", 10, ExerciseFormat.ROUND, "safe");
        week1.add("b", "B", "aim", "do", 25, ExerciseFormat.PAIRS, "safe");
        assertEquals(35, week1.totalMinutes());
    }
}
