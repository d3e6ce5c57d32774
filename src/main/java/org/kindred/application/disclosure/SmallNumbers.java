package org.kindred.application.disclosure;

import java.util.Locale;

/**
 * NHS Digital's disclosure-control rule for counts shown to anyone but a group's own facilitators: a
 * count of 1 to 7 people is shown as "*", and so is a mean over fewer than 8 answers. Zero is shown, as
 * it discloses nobody. {@link #show} is for a count published on its own, beside no sum or total it
 * belongs to; a count that is part of a table goes through {@link DisclosureControl} with the table.
 */
public final class SmallNumbers {

    public static final int THRESHOLD = 8;
    public static final String SUPPRESSED = "*";
    /** A figure not published at all, not even as "*" (see {@link DisclosureControl#withheld}). */
    public static final String WITHHELD = "..";

    private SmallNumbers() {
    }

    /** A count published on its own: its number, or "*" for 1 to 7. */
    public static String show(long count) {
        return isSmall(count) ? SUPPRESSED : String.valueOf(count);
    }

    /** A count that must not be shown: 1 to 7. */
    public static boolean isSmall(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** A mean, to one decimal place, or "*" when it is over fewer than {@link #THRESHOLD} responses. */
    public static String showMean(long sum, long responses) {
        if (responses < THRESHOLD) {
            return SUPPRESSED;
        }
        return String.format(Locale.UK, "%.1f", (double) sum / responses);
    }
}
