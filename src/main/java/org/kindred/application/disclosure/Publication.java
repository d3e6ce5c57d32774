package org.kindred.application.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Everything one reader can see at once, as cells and the sums between them. A cell is a count of
 * people that will be published unless it is hidden, or an unpublished figure that ties published ones
 * (the members who accepted the ground rules, when only those who have not are shown). A sum says that
 * some cells add up to another: a row and its total, the groups of a programme and the programme's
 * line, the months of a period. A reader who sees the published cells knows every sum declared here.
 */
public final class Publication {

    private final List<Long> values = new ArrayList<>();
    private final BitSet unpublished = new BitSet();
    private final BitSet fewPeople = new BitSet();
    private final List<int[]> sums = new ArrayList<>();
    private final List<int[]> pins = new ArrayList<>();

    /** A count of people, to be published unless it must be hidden; returns its handle. */
    public int people(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + value);
        }
        values.add(value);
        return values.size() - 1;
    }

    /** A count that is never shown but is known to tie shown ones through a sum; returns its handle. */
    public int unpublished(long value) {
        int cell = people(value);
        unpublished.set(cell);
        return cell;
    }

    /** Declares that the cells {@code parts} add up to the cell {@code total}. */
    public void sum(int total, int... parts) {
        int[] sum = new int[parts.length + 1];
        System.arraycopy(parts, 0, sum, 0, parts.length);
        sum[parts.length] = total;
        for (int cell : sum) {
            check(cell);
        }
        sums.add(sum);
    }

    /**
     * Cells computed from fewer than {@link SmallNumbers#THRESHOLD} people (say, a group of five that met
     * twice: ten attendances, but five people): hidden like a count of 1-7 unless they are zero.
     */
    public void fromFewPeople(int... cells) {
        for (int cell : cells) {
            check(cell);
            fewPeople.set(cell);
        }
    }

    /**
     * Declares that a non-zero {@code revealing} cell, once published, tells the value of {@code cell}
     * (a waitlist exists only when every seat is taken, so it tells the member count): whenever
     * {@code cell} is hidden, a non-zero {@code revealing} is hidden too. A published zero reveals nothing.
     */
    public void pinnedBy(int cell, int revealing) {
        check(cell);
        check(revealing);
        pins.add(new int[] {cell, revealing});
    }

    /** Each pin as {cell, revealing}. */
    public List<int[]> pins() {
        return pins;
    }

    public int size() {
        return values.size();
    }

    public long value(int cell) {
        return values.get(cell);
    }

    public boolean isUnpublished(int cell) {
        return unpublished.get(cell);
    }

    /** Hidden whatever else is published: a count of 1-7, or a non-zero figure from fewer than 8 people. */
    public boolean isPrimary(int cell) {
        long value = values.get(cell);
        return !unpublished.get(cell) && (SmallNumbers.isSmall(value) || fewPeople.get(cell) && value > 0);
    }

    /** Each sum as its parts followed by its total. */
    public List<int[]> sums() {
        return sums;
    }

    private void check(int cell) {
        if (cell < 0 || cell >= values.size()) {
            throw new IllegalArgumentException("no such cell: " + cell);
        }
    }
}
