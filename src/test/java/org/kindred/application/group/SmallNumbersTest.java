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
}
