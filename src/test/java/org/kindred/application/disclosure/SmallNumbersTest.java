package org.kindred.application.disclosure;

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
    void aMeanOverFewerThanEightResponsesIsHidden() {
        assertEquals("*", SmallNumbers.showMean(28, 7));
        assertEquals("4.0", SmallNumbers.showMean(32, 8));
        assertEquals("3.7", SmallNumbers.showMean(33, 9));
        assertEquals("*", SmallNumbers.showMean(0, 0));
    }
}
