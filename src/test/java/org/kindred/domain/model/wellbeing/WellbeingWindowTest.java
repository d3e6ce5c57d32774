package org.kindred.domain.model.wellbeing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.domain.model.RuleException;

/** A group's before and after windows: each opens once and closes once, the after one once the before one has closed. */
class WellbeingWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);
    private final Instrument proqol = ProqolFixture.proqol();

    @Test
    void beforeThenAfterEachOpenOnceAndCloseOnce() {
        WellbeingWindow before = WellbeingWindow.open(7, Phase.BEFORE, proqol, TODAY, List.of());
        assertTrue(before.isOpen());
        assertEquals(TODAY, before.openedOn());
        assertEquals("The before measure is already open.", assertThrows(RuleException.class,
                () -> WellbeingWindow.open(7, Phase.BEFORE, proqol, TODAY, List.of(before))).getMessage());
        assertFalse(WellbeingWindow.mayOpen(Phase.AFTER, "proqol-5", List.of(before)), "not while before is open");
        assertTrue(assertThrows(RuleException.class,
                () -> WellbeingWindow.open(7, Phase.AFTER, proqol, TODAY, List.of(before))).getMessage()
                .startsWith("Close the before measure first"));

        WellbeingWindow closed = before.close();
        assertFalse(closed.isOpen());
        assertThrows(RuleException.class, closed::close);
        assertTrue(assertThrows(RuleException.class,
                () -> WellbeingWindow.open(7, Phase.BEFORE, proqol, TODAY, List.of(closed))).getMessage()
                .contains("cannot open again"));

        assertTrue(WellbeingWindow.mayOpen(Phase.AFTER, "proqol-5", List.of(closed)));
        assertFalse(WellbeingWindow.mayOpen(Phase.AFTER, "another", List.of(closed)), "the same questionnaire as before");
        WellbeingWindow after = WellbeingWindow.open(7, Phase.AFTER, proqol, TODAY.plusWeeks(12), List.of(closed));
        assertEquals(Phase.AFTER, after.phase());
        assertFalse(WellbeingWindow.mayOpen(Phase.BEFORE, "proqol-5", List.of(after)));
    }

    @Test
    void anAfterMeasureAloneIsAllowed() {
        assertTrue(WellbeingWindow.open(7, Phase.AFTER, proqol, TODAY, List.of()).isOpen());
        assertEquals("phase", assertThrows(RuleException.class, () -> Phase.parse("during")).field());
        assertEquals(Phase.AFTER, Phase.parse(" After "));
        assertEquals("before", Phase.BEFORE.path());
    }
}
