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

    /** A mean, to one decimal place, or "*" when it is over fewer than {@link #THRESHOLD} responses. */
    public static String showMean(long sum, long responses) {
        if (responses < THRESHOLD) {
            return SUPPRESSED;
        }
        return String.format(java.util.Locale.UK, "%.1f", (double) sum / responses);
    }

    /**
     * A row of counts with its total: small cells become "*", and when exactly one cell is hidden and the
     * total shown, the smallest other non-zero cell is hidden too, so the hidden one cannot be worked
     * out by subtraction (secondary suppression). The total, the last element, is hidden when small.
     */
    public static String[] showRow(long... cells) {
        long total = 0;
        for (long cell : cells) {
            total += cell;
        }
        String[] shown = new String[cells.length + 1];
        int hidden = 0;
        for (int i = 0; i < cells.length; i++) {
            shown[i] = show(cells[i]);
            if (isSmall(cells[i])) {
                hidden++;
            }
        }
        shown[cells.length] = show(total);
        if (hidden == 1 && !isSmall(total)) {
            int next = -1;
            for (int i = 0; i < cells.length; i++) {
                if (!isSmall(cells[i]) && cells[i] > 0 && (next < 0 || cells[i] < cells[next])) {
                    next = i;
                }
            }
            if (next >= 0) {
                shown[next] = SUPPRESSED;
            } else {
                shown[cells.length] = SUPPRESSED; // the others are zeros: hide the total instead
            }
        }
        return shown;
    }
}
