package org.kindred.application.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void showsCountsOfEightOrMoreAndZero() {
        Suppression table = new Suppression();
        int a = table.count(8);
        int b = table.count(0);
        int total = table.count(8);
        table.line(total, a, b);
        assertEquals("8", table.show(a));
        assertEquals("0", table.show(b));
        assertEquals("8", table.show(total));
    }

    @Test
    void hidesCountsOfOneToSeven() {
        Suppression table = new Suppression();
        assertEquals("*", table.show(table.count(1)));
        assertEquals("*", table.show(table.count(7)));
    }

    @Test
    void aLoneHiddenPartTakesTheSmallestOtherPartWithIt() {
        Suppression table = new Suppression();
        int small = table.count(3);
        int middle = table.count(9);
        int large = table.count(20);
        int total = table.count(32);
        table.line(total, small, middle, large);
        assertTrue(table.isHidden(small));
        assertTrue(table.isHidden(middle), "else 32 - 20 - 9 gives the hidden 3");
        assertFalse(table.isHidden(large));
        assertFalse(table.isHidden(total));
    }

    @Test
    void whenTheOtherPartsAreZeroTheTotalIsHidden() {
        Suppression table = new Suppression();
        int small = table.count(5);
        int zero = table.count(0);
        int total = table.count(5);
        table.line(total, small, zero);
        assertTrue(table.isHidden(total));
    }

    @Test
    void aHiddenTotalHidesOnePartSoItCannotBeAddedUp() {
        Suppression table = new Suppression();
        int a = table.count(4);
        int b = table.count(3);
        int total = table.count(7);
        table.line(total, a, b);
        assertTrue(table.isHidden(a) && table.isHidden(b) && table.isHidden(total));
    }

    @Test
    void secondaryHidingRipplesThroughLinesThatShareACount() {
        // Two groups in a programme, each a row of present + absent = expected; and the columns add up
        // to the programme's row. Group A's 2 absences are hidden, which hides A's present (10), which
        // leaves the "present" column with one hidden count, so B's present is hidden too, and so on.
        Suppression table = new Suppression();
        int aPresent = table.count(10);
        int aAbsent = table.count(2);
        int aExpected = table.count(12);
        int bPresent = table.count(11);
        int bAbsent = table.count(9);
        int bExpected = table.count(20);
        int present = table.count(21);
        int absent = table.count(11);
        int expected = table.count(32);
        table.line(aExpected, aPresent, aAbsent);
        table.line(bExpected, bPresent, bAbsent);
        table.line(expected, present, absent);
        table.line(present, aPresent, bPresent);
        table.line(absent, aAbsent, bAbsent);
        table.line(expected, aExpected, bExpected);
        assertTrue(table.isHidden(aAbsent));
        assertTrue(table.isHidden(aPresent));
        assertTrue(table.isHidden(bPresent));
        assertTrue(table.isHidden(bAbsent));
        // Every line now has zero or at least two hidden counts.
        assertFalse(table.isHidden(expected));
    }
}
