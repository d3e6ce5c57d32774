package org.kindred.domain.model.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.domain.model.RuleException;

class SessionPlanTest {

    private static final Instant NOW = Instant.parse("2028-03-01T09:00:00Z");

    private final LibraryFixture library = new LibraryFixture();

    private SessionPlan plan() {
        return SessionPlan.following(11, 7, library.week);
    }

    private static List<String> codes(SessionPlan plan) {
        return plan.exercises().stream().map(Exercise::code).toList();
    }

    @Test
    void aNewPlanFollowsItsSetInTheLibrarysOrderAndIsNotAdapted() {
        SessionPlan plan = plan();
        assertEquals(List.of("check-in", "pairs", "debrief", "close"), codes(plan));
        assertEquals("Notice", plan.homework().orElseThrow().title());
        assertFalse(plan.adapted());
    }

    @Test
    void movingUpAndDownChangesThisPlanOnly() {
        SessionPlan plan = plan();
        plan.moveUp(2, NOW);
        assertEquals(List.of("check-in", "debrief", "pairs", "close"), codes(plan));
        plan.moveDown(0, NOW);
        assertEquals(List.of("debrief", "check-in", "pairs", "close"), codes(plan));
        assertTrue(plan.adapted());
        assertEquals(List.of("check-in", "pairs", "debrief", "close"),
                library.week.exercises().stream().map(Exercise::code).toList(), "the library keeps its order");
    }

    @Test
    void theEndsCannotMoveFurther() {
        SessionPlan plan = plan();
        assertEquals("position", assertThrows(RuleException.class, () -> plan.moveUp(0, NOW)).field());
        assertEquals("position", assertThrows(RuleException.class, () -> plan.moveDown(3, NOW)).field());
        assertThrows(RuleException.class, () -> plan.moveUp(4, NOW));
        assertThrows(RuleException.class, () -> plan.moveDown(-1, NOW));
    }

    @Test
    void aSwapPutsAnotherLibraryExerciseInThatPlace() {
        SessionPlan plan = plan();
        plan.swap(1, library.longOne, NOW);
        assertEquals(List.of("check-in", "long", "debrief", "close"), codes(plan));
        assertEquals(85, plan.runningOrder(java.time.LocalDateTime.of(2028, 3, 7, 12, 30), 90).plannedMinutes());
    }

    @Test
    void anExerciseAlreadyInThePlanCannotBeSwappedInAgain() {
        SessionPlan plan = plan();
        RuleException e = assertThrows(RuleException.class, () -> plan.swap(1, library.close, NOW));
        assertEquals("replacement", e.field());
        plan.swap(1, library.pairs, NOW); // the same exercise in its own place changes nothing
        assertEquals(List.of("check-in", "pairs", "debrief", "close"), codes(plan));
    }

    @Test
    void arrangingTakesTheWholeOrderButNeitherEmptyNorRepeated() {
        SessionPlan plan = plan();
        plan.arrange(List.of(library.close, library.checkIn), NOW);
        assertEquals(List.of("close", "check-in"), codes(plan));
        assertEquals("exerciseIds", assertThrows(RuleException.class, () -> plan.arrange(List.of(), NOW)).field());
        assertThrows(RuleException.class, () -> plan.arrange(List.of(library.close, library.close), NOW));
        assertEquals(List.of("close", "check-in"), codes(plan), "a refused change leaves the plan as it was");
    }

    @Test
    void usingAnotherSetTakesItsExercisesAndHomework() {
        SessionPlan plan = plan();
        plan.use(library.other, NOW);
        assertEquals(List.of("long"), codes(plan));
        assertTrue(plan.homework().isEmpty());
        assertEquals("Week 2", plan.set().orElseThrow().title());
    }

    @Test
    void withoutASetThereIsNothingToRun() {
        SessionPlan plan = SessionPlan.following(11, 7, null);
        assertTrue(plan.exercises().isEmpty());
        assertTrue(plan.homework().isEmpty());
    }
}
