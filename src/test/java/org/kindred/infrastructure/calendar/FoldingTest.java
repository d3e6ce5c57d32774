package org.kindred.infrastructure.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void aLineOfExactly75OctetsIsNotFolded() {
        String line = "X".repeat(75);
        assertEquals(line + "\r\n", Folding.fold(line));
    }

    @Test
    void multiByteCharactersMoveWholeToTheNextLine() {
        String line = "SUMMARY:" + "é".repeat(40) + "🌿".repeat(10);
        String folded = Folding.fold(line);
        for (String part : folded.split("\r\n")) {
            assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75, part);
        }
        assertEquals(line, folded.replace("\r\n ", "").replace("\r\n", ""));
    }

    @Test
    void textFoldedByCharactersIsUnfoldedFirst() {
        assertEquals("A:bc\r\nB:d\r\n", Folding.fold("A:b\r\n c\nB:d\n"));
    }
}
