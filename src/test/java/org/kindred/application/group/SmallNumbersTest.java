package org.kindred.application.group;

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
}
