package org.kindred.application.report;

import java.util.ArrayList;
import java.util.List;
import org.kindred.application.group.SmallNumbers;

/**
 * Small-number suppression for a table whose totals are shown too. Primary: every count of 1 to 7 is
 * hidden. Secondary: a line is a set of counts that add up to another shown count (a row and its total,
 * the groups of a programme and the programme's figure); when a line has exactly one hidden count, it
 * could be worked out by subtraction, so the smallest other non-zero count of that line is hidden as
 * well. This repeats until no line has exactly one hidden count, because hiding a count in one line
 * can expose another line that shares it.
 */
public final class Suppression {

    private final List<Long> values = new ArrayList<>();
    private final List<int[]> lines = new ArrayList<>();
    private boolean[] hidden;

    /** Adds a count and returns its handle. */
    public int count(long value) {
        values.add(value);
        hidden = null;
        return values.size() - 1;
    }

    /** Declares that the counts {@code parts} add up to the count {@code total}. */
    public void line(int total, int... parts) {
        int[] line = new int[parts.length + 1];
        System.arraycopy(parts, 0, line, 0, parts.length);
        line[parts.length] = total;
        lines.add(line);
        hidden = null;
    }

    public boolean isHidden(int handle) {
        return solve()[handle];
    }

    /** The count as shown: its number, or "*". */
    public String show(int handle) {
        return isHidden(handle) ? SmallNumbers.SUPPRESSED : String.valueOf(values.get(handle));
    }

    private boolean[] solve() {
        if (hidden != null) {
            return hidden;
        }
        boolean[] result = new boolean[values.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = SmallNumbers.isSmall(values.get(i));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] line : lines) {
                int hiddenInLine = 0;
                int smallest = -1;
                for (int cell : line) {
                    if (result[cell]) {
                        hiddenInLine++;
                    } else if (values.get(cell) > 0 && (smallest < 0 || values.get(cell) < values.get(smallest))) {
                        smallest = cell;
                    }
                }
                if (hiddenInLine == 1 && smallest >= 0) {
                    result[smallest] = true;
                    changed = true;
                }
            }
        }
        hidden = result;
        return result;
    }
}
