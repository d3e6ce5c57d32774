package org.kindred.infrastructure.calendar;

import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 section 3.1 line folding: content lines of at most 75 octets (not characters), CRLF line
 * ends, each continuation starting with one space, and never a break inside a UTF-8 sequence or a
 * surrogate pair.
 */
final class Folding {

    static final int MAX_OCTETS = 75;

    private Folding() {
    }

    /**
     * Unfolds whatever folding the text has (iCal4j folds by characters whatever length it is given),
     * then folds it again by octets into CRLF-ended lines.
     */
    static String fold(String text) {
        String unfolded = text.replaceAll("\r?\n[ \t]", "");
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 70 * 3);
        for (String line : unfolded.split("\r?\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            int i = 0;
            while (i < line.length()) {
                int codePoint = line.codePointAt(i);
                int chars = Character.charCount(codePoint);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > MAX_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.append(line, i, i + chars);
                octets += size;
                i += chars;
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
