package org.kindred.application.disclosure;

import java.util.List;

/**
 * The port to a linear-programming solver over equations between bounded variables. Implemented in
 * infrastructure with a well-kept LP library.
 */
public interface RangeFinder {

    /** No upper bound. */
    long UNBOUNDED = Long.MAX_VALUE;

    /** {@code sum(plus) - sum(minus) = constant}, over variable indexes. */
    record Equation(int[] plus, int[] minus, long constant) {
    }

    /**
     * Variables {@code 0..lower.length-1}, each within {@code [lower[i], upper[i]]} ({@link #UNBOUNDED}
     * for none), tied by {@code equations}. It always has a solution: the figures it was built from.
     */
    record LinearSystem(long[] lower, long[] upper, List<Equation> equations) {
    }

    /**
     * For each of {@code targets}, its least and greatest value over every solution, as {@code {min,
     * max}} with {@code max = UNBOUNDED} when it has none; rounded inwards to whole numbers.
     */
    long[][] ranges(LinearSystem system, int[] targets);

    /**
     * A solution that maximises the sum of {@code weights[i] * x[i]} (weights of 1, -1 or 0), rounded
     * to whole numbers. The caller bounds every weighted variable in the direction it is pushed.
     */
    long[] extreme(LinearSystem system, int[] weights);
}
