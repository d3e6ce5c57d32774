package org.kindred.domain.model.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunningOrderTest {

    private final LibraryFixture library = new LibraryFixture();
    private final LocalDateTime start = LocalDateTime.of(2028, 3, 7, 12, 30);

    @Test
    void exercisesRunBackToBackFromTheSessionStart() {
        RunningOrder order = RunningOrder.of(library.week.exercises(), start, 90);

        assertEquals(List.of("12:30", "12:40", "13:10", "13:30"),
                order.slots().stream().map(s -> s.start().toLocalTime().toString()).toList());
        assertEquals(LocalDateTime.of(2028, 3, 7, 13, 40), order.slots().get(3).end());
        assertEquals(70, order.plannedMinutes());
        assertEquals(20, order.spareMinutes());
        assertFalse(order.overruns());
        assertNull(order.warning());
        assertTrue(order.slots().stream().noneMatch(RunningOrder.Slot::late));
    }

    @Test
    void aPlanLongerThanTheSessionIsFlaggedWithTheMinutesOver() {
        RunningOrder order = RunningOrder.of(
                List.of(library.checkIn, library.pairs, library.longOne, library.close), start, 90);
        List<RunningOrder.Slot> slots = order.slots();

        assertTrue(order.overruns());
        assertEquals(5, order.overrunMinutes());
        assertEquals(0, order.spareMinutes());
        assertEquals("This plan runs 5 minutes over the 90-minute session. Remove or swap an exercise so that it fits.",
                order.warning());
        assertFalse(slots.get(2).late(), "the long exercise ends at 14:00 exactly, with the session");
        assertTrue(slots.get(3).late(), "the close ends at 14:05, after the session");
    }

    @Test
    void anExactFitIsNotAnOverrun() {
        RunningOrder order = RunningOrder.of(List.of(library.checkIn, library.pairs, library.debrief, library.close), start, 70);
        assertFalse(order.overruns());
        assertEquals(0, order.spareMinutes());
    }

    @Test
    void anEmptyPlanHasNoSlots() {
        RunningOrder order = RunningOrder.of(List.of(), start, 90);
        assertEquals(0, order.plannedMinutes());
        assertTrue(order.slots().isEmpty());
    }

    @Test
    void timesCrossMidnightOnTheWallClock() {
        RunningOrder order = RunningOrder.of(library.week.exercises(), LocalDateTime.of(2028, 3, 7, 23, 0), 90);
        assertEquals(LocalDateTime.of(2028, 3, 8, 0, 10), order.slots().get(3).end());
    }
}
