package org.kindred.application.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SmallNumbersTest {

    @Test
    void countsOfOneToSevenAreSuppressed() {
        assertEquals("0", SmallNumbers.show(0));
        for (int n = 1; n <= 7; n++) {
            assertEquals("*", SmallNumbers.show(n));
        }
        assertEquals("8", SmallNumbers.show(8));
        assertEquals("120", SmallNumbers.show(120));
    }

    @Test
    void aPartIsSuppressedWhenItOrItsRestWouldDiscloseAFewPeople() {
        assertEquals("9", SmallNumbers.showPart(9, 9), "nobody has accepted: the rest is zero");
        assertEquals("*", SmallNumbers.showPart(9, 10), "10 - 9 would show that exactly one accepted");
        assertEquals("0", SmallNumbers.showPart(0, 12));
        assertEquals("*", SmallNumbers.showPart(3, 12));
        assertEquals("*", SmallNumbers.showPart(0, 5), "the whole is suppressed");
        assertEquals("8", SmallNumbers.showPart(8, 20));
    }

    @Test
    void aMeanOverFewerThanEightResponsesIsHidden() {
        assertEquals("*", SmallNumbers.showMean(28, 7));
        assertEquals("4.0", SmallNumbers.showMean(32, 8));
        assertEquals("3.7", SmallNumbers.showMean(33, 9));
        assertEquals("*", SmallNumbers.showMean(0, 0));
    }

    @Test
    void aLoneHiddenCellTakesTheNextSmallestWithItSoTheTotalGivesNothingAway() {
        // present 20, apologies 3, absent 9: the 3 alone hidden could be worked out from the total 32
        assertArrayEquals(new String[] {"20", "*", "*", "32"}, SmallNumbers.showRow(20, 3, 9));
        // two cells hidden already: neither can be worked out
        assertArrayEquals(new String[] {"20", "*", "*", "25"}, SmallNumbers.showRow(20, 3, 2));
        // nothing small: nothing hidden
        assertArrayEquals(new String[] {"20", "8", "0", "28"}, SmallNumbers.showRow(20, 8, 0));
        // one small cell and only zeros beside the shown ones? then the total goes instead
        assertArrayEquals(new String[] {"*", "0", "*"}, SmallNumbers.showRow(3, 0));
        assertArrayEquals(new String[] {"*", "*", "0", "13"}, SmallNumbers.showRow(12, 1, 0));
    }
}
