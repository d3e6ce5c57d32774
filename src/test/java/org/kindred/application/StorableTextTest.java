package org.kindred.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void wholePairsAndOrdinaryTextAreStorable() {
        assertTrue(StorableText.isStorable(""));
        assertTrue(StorableText.isStorable("Reflection Room, Ward 7 – ü€"));
        assertTrue(StorableText.isStorable("a \ud83d\ude00 b \ud83c\udf3f"));
    }

    @Test
    void aLoneHalfOfAPairIsNot() {
        assertFalse(StorableText.isStorable("\ud800"));
        assertFalse(StorableText.isStorable("end \ud83d"));
        assertFalse(StorableText.isStorable("\udc00 start"));
        assertFalse(StorableText.isStorable("reversed \ude00\ud83d"));
        assertFalse(StorableText.isStorable("\ud83d\ude00\ude00"));
    }

    @Test
    void shownBackWithTheReplacementCharacterInPlaceOfEachLoneHalf() {
        assertEquals("a \ufffd b \ud83d\ude00 \ufffd\ufffd", StorableText.shown("a \ud800 b \ud83d\ude00 \ude00\ud83d"));
    }
}
