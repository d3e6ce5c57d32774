package org.kindred.application.group;

/**
 * NHS Digital's disclosure control for counts shown to anyone but a group's own facilitators: a count
 * of 1 to 7 people is shown as "*". Zero is shown, as it discloses nobody. Callers show no totals that
 * would let a suppressed count be worked out (secondary suppression).
 */
public final class SmallNumbers {

    public static final int THRESHOLD = 8;
    public static final String SUPPRESSED = "*";

    private SmallNumbers() {
    }

    public static String show(long count) {
        return count > 0 && count < THRESHOLD ? SUPPRESSED : String.valueOf(count);
    }
}
