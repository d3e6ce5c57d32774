package org.kindred.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kindred.interfaces.rest.StorableJsonText.Unstorable;

class StorableJsonTextTest {

    private static Optional<Unstorable> check(String json) {
        return StorableJsonText.firstUnstorable(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void wholeCharactersPass() {
        assertEquals(Optional.empty(), check("{\"name\": \"Quiet \\ud83d\\ude00 Room ü€\", \"capacity\": 4}"));
        assertEquals(Optional.empty(), check("[\"a\", {\"b\": [\"c\", null, true, 1.5]}]"));
    }

    @Test
    void aLoneHalfOfAPairIsFoundWithThePropertyItIsIn() {
        assertEquals(Optional.of(new Unstorable("name")), check("{\"capacity\": 4, \"name\": \"half \\ud800\"}"));
        assertEquals(Optional.of(new Unstorable("reason")), check("{\"a\": \"x\", \"reason\": \"\\udc00\"}"));
        assertEquals(Optional.of(new Unstorable("lines")),
                check("{\"title\": \"ok\", \"lines\": [\"fine\", \"\\ud83d\"]}"), "an array's item: the array's name");
        assertEquals(Optional.of(new Unstorable("group")),
                check("{\"rows\": [{\"count\": 3, \"group\": \"x\\ude00y\"}], \"after\": \"fine\"}"), "nested");
        assertEquals(Optional.of(new Unstorable("after")),
                check("{\"rows\": [{\"group\": \"fine\"}, \"fine\"], \"after\": \"\\ud800\"}"), "after a nested object");
        assertEquals(Optional.of(new Unstorable(null)), check("\"\\ud800\""), "a bare string has no property");
        assertEquals(Optional.of(new Unstorable(null)), check("{\"na\\ud800me\": \"x\"}"), "a property's own name");
    }

    @Test
    void aLoneHalfInAnotherUnicodeEncodingIsFoundToo() {
        // UTF-32 can carry a surrogate code point, which Java's decoder turns into a lone half
        byte[] utf32 = "{\"name\": \"half X\"}".getBytes(Charset.forName("UTF-32BE"));
        int x = indexOfX(utf32);
        utf32[x + 2] = (byte) 0xD8;
        utf32[x + 3] = 0x00;
        assertEquals(Optional.of(new Unstorable("name")), StorableJsonText.firstUnstorable(utf32));
    }

    @Test
    void bodiesThatAreNotJsonAreLeftToJsonB() {
        assertEquals(Optional.empty(), check("{\"name\": "));
        assertEquals(Optional.empty(), check("not json \\ud800"));
        assertEquals(Optional.empty(), check(""));
    }

    private static int indexOfX(byte[] utf32) {
        for (int i = 0; i < utf32.length; i += 4) {
            if (utf32[i + 3] == 'X') {
                return i;
            }
        }
        throw new AssertionError();
    }
}
