package org.kindred.application.group;

/**
 * NHS Digital's disclosure control for counts shown to anyone but a group's own facilitators: a count
 * of 1 to 7 people is shown as "*". Zero is shown, as it discloses nobody. Secondary suppression: a
 * number that would let a suppressed one be worked out is suppressed too ({@link #showPart}, and the
 * callers' rules about related numbers).
 */
public final class SmallNumbers {

    public static final int THRESHOLD = 8;
    public static final String SUPPRESSED = "*";

    private SmallNumbers() {
    }

    public static String show(long count) {
        return isSmall(count) ? SUPPRESSED : String.valueOf(count);
    }

    /** A count that must not be shown: 1 to 7. */
    public static boolean isSmall(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /**
     * A part of a shown whole: suppressed when it is small, when the rest of the whole is small (the
     * reader could subtract), or when the whole itself is suppressed.
     */
    public static String showPart(long part, long whole) {
        return isSmall(part) || isSmall(whole - part) || isSmall(whole) ? SUPPRESSED : String.valueOf(part);
    }
}
