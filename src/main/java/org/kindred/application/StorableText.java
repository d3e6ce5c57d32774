package org.kindred.application;

/**
 * Text Kindred can store as it was sent. Half of a UTF-16 surrogate pair on its own is no character:
 * Java strings can hold one (JSON's {@code "\ud800"}, a form decoded from CESU-8), but UTF-8 cannot
 * write it, and the database driver would store a "?" in its place without a word. Both ways in, the
 * JSON API and the pages, refuse such text with a message before anything is saved.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Whether every surrogate in the text is one half of a high-then-low pair. */
    public static boolean isStorable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a whole pair: one character outside the Basic Multilingual Plane
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The text with each lone half of a pair shown as U+FFFD, the replacement character, for showing it back. */
    public static String shown(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                shown.append(c).append(text.charAt(++i));
            } else {
                shown.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return shown.toString();
    }
}
