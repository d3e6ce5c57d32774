package org.kindred.application.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.infrastructure.disclosure.OjAlgoRangeFinder;

/** Worked cases of disclosure control, each with the auditor's verdict on the result. */
class DisclosureControlTest {

    private final DisclosureControl control = new DisclosureControl(new OjAlgoRangeFinder());

    @Test
    void showsCountsOfEightOrMoreAndZero() {
        Publication p = new Publication();
        int a = p.people(8);
        int b = p.people(0);
        int total = p.people(8);
        p.sum(total, a, b);
        Disclosure d = control.protect(p);
        assertEquals("8", d.show(a));
        assertEquals("0", d.show(b));
        assertEquals("8", d.show(total));
    }

    @Test
    void hidesCountsOfOneToSeven() {
        Publication p = new Publication();
        int one = p.people(1);
        int seven = p.people(7);
        Disclosure d = control.protect(p);
        assertEquals("*", d.show(one));
        assertEquals("*", d.show(seven));
    }

    @Test
    void aLoneHiddenPartTakesTheSmallestOtherPartWithIt() {
        Publication p = new Publication();
        int small = p.people(3);
        int middle = p.people(9);
        int large = p.people(20);
        int total = p.people(32);
        p.sum(total, small, middle, large);
        Disclosure d = control.protect(p);
        assertTrue(d.isHidden(small));
        assertTrue(d.isHidden(middle), "else 32 - 20 - 9 gives the hidden 3");
        assertFalse(d.isHidden(large));
        assertFalse(d.isHidden(total));
        assertSafe(p, d);
    }

    @Test
    void whenTheOtherPartsAreZeroTheTotalIsHidden() {
        Publication p = new Publication();
        int small = p.people(5);
        int zero = p.people(0);
        int total = p.people(5);
        p.sum(total, small, zero);
        Disclosure d = control.protect(p);
        assertTrue(d.isHidden(total));
        assertEquals("0", d.show(zero), "a zero discloses nobody and stays");
        assertSafe(p, d);
    }

    /**
     * The finding of issue 18: two hidden cells sharing a remainder of 2, each at least 1, are both 1.
     * The old rule stopped at two hidden cells per line; the reader's arithmetic does not.
     */
    @Test
    void twoHiddenCellsThatMustEachBeAtLeastOneAreNotLeftSharingTooSmallARemainder() {
        Publication p = new Publication();
        int one = p.people(1);
        int another = p.people(1);
        int rest = p.people(20);
        int total = p.people(22);
        p.sum(total, one, another, rest);
        Disclosure d = control.protect(p);
        assertTrue(d.isHidden(one) && d.isHidden(another));
        assertTrue(d.isHidden(rest) || d.isHidden(total), "22 - 20 = 2 would pin both hidden cells to 1");
        assertSafe(p, d);
    }

    /**
     * Two small groups under one total: each group's row is safe on its own, yet the column totals
     * and the rows together pin the hidden cells. Only solving the whole set at once sees it.
     */
    @Test
    void rowsAndColumnsAreProtectedTogetherNotOneLineAtATime() {
        Publication p = new Publication();
        // group A: expected 10 = present 8 + apologies 1 + absent 1; group B: 10 = 9 + 1 + 0
        int[] a = row(p, 8, 1, 1);
        int[] b = row(p, 9, 1, 0);
        int[] all = row(p, 17, 2, 1);
        for (int column = 0; column < 4; column++) {
            p.sum(all[column], a[column], b[column]);
        }
        Disclosure d = control.protect(p);
        assertSafe(p, d);
        assertEquals("0", d.show(b[2]), "B's absences: a zero stays");
    }

    @Test
    void secondaryHidingRipplesThroughSumsThatShareACount() {
        // Two groups, each a row of present + absent = expected, and the columns add up to the total's
        // row. A's 2 absences hidden hide A's present (10), which leaves the present column with one
        // hidden count, so B's present goes too, and so on.
        Publication p = new Publication();
        int aPresent = p.people(10);
        int aAbsent = p.people(2);
        int aExpected = p.people(12);
        int bPresent = p.people(11);
        int bAbsent = p.people(9);
        int bExpected = p.people(20);
        int present = p.people(21);
        int absent = p.people(11);
        int expected = p.people(32);
        p.sum(aExpected, aPresent, aAbsent);
        p.sum(bExpected, bPresent, bAbsent);
        p.sum(expected, present, absent);
        p.sum(present, aPresent, bPresent);
        p.sum(absent, aAbsent, bAbsent);
        p.sum(expected, aExpected, bExpected);
        Disclosure d = control.protect(p);
        assertTrue(d.isHidden(aAbsent));
        assertTrue(d.isHidden(aPresent) || d.isHidden(aExpected));
        assertSafe(p, d);
    }

    @Test
    void aWaitlistIsHiddenWhenTheMemberCountItWouldRevealIs() {
        Publication p = new Publication();
        int members = p.people(6);
        int waitlist = p.people(9);
        p.pinnedBy(members, waitlist);
        Disclosure d = control.protect(p);
        assertTrue(d.isHidden(waitlist), "a waitlist means every seat is taken: 6 of a maximum of 6");
    }

    @Test
    void anUnpublishedRestTiesAPartToItsWhole() {
        Publication p = new Publication();
        int members = p.people(10);
        int notAccepted = p.people(3);
        p.sum(members, notAccepted, p.unpublished(7));
        Disclosure d = control.protect(p);
        assertEquals("10", d.show(members));
        assertEquals("*", d.show(notAccepted));
        assertSafe(p, d);
    }

    @Test
    void figuresFromFewPeopleAreHiddenHoweverLarge() {
        Publication p = new Publication();
        int attendances = p.people(10); // five members, two sessions
        int zero = p.people(0);
        p.fromFewPeople(attendances, zero);
        Disclosure d = control.protect(p);
        assertTrue(d.isHidden(attendances));
        assertEquals("0", d.show(zero));
    }

    @Test
    void aMeanShowsOnlyWhereItsCountShowsAndOverEightAnswers() {
        Publication p = new Publication();
        int nine = p.people(9);
        int five = p.people(5);
        Disclosure d = control.protect(p);
        assertEquals("4.0", d.mean(nine, 9, 36));
        assertEquals("*", d.mean(nine, 7, 28), "seven scores of one statement");
        assertEquals("*", d.mean(five, 5, 20));
    }

    /** expected = present + apologies + absent for one line; returns the cells in that order. */
    private static int[] row(Publication p, long present, long apologies, long absent) {
        int[] cells = {p.people(present), p.people(apologies), p.people(absent), p.people(present + apologies + absent)};
        p.sum(cells[3], cells[0], cells[1], cells[2]);
        return cells;
    }

    private void assertSafe(Publication p, Disclosure d) {
        List<Auditor.Range> exposed = control.auditor().exposed(p, d);
        assertTrue(exposed.isEmpty(), "exposed: " + exposed);
    }
}
