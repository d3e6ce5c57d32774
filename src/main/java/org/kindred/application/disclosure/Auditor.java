package org.kindred.application.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Proves a disclosure safe by doing what a reader who wants the hidden figures would do: for every
 * hidden cell, the least and greatest value consistent with everything published. The reader is
 * assumed to know every published figure and every sum declared in the {@link Publication}, that
 * published zeros are exact, that a hidden count is not zero, and even which hidden counts are small:
 * a hidden count of 1-7 lies in {@code [1, 7]}, any other in {@code [8, ∞)}. Of a withheld figure
 * (not published at all, not even as "*") and of an unpublished one the reader knows only that it is
 * at least zero. A cell is exposed when fewer than {@link #MIN_VALUES} whole values remain possible.
 *
 * <p>The report tables are sums along two laminar families (rows nested in programmes and totals,
 * columns nested in their row total), so their constraint matrix is totally unimodular: the linear
 * programme's least and greatest values are whole numbers and every whole number between them is
 * reachable. The range is then exactly the set of possible values.
 *
 * <p>Most hidden cells are proven wide without a programme of their own: one solution pushing every
 * hidden cell of a group of linked cells up (each at most two above its real value) and one pushing
 * them down show most of them moving by two, or by one each way. Only the rest get their exact range.
 */
public final class Auditor {

    /** The fewest possible values a hidden count may be narrowed to. */
    public static final int MIN_VALUES = 3;

    /** The largest value a hidden small count can have. */
    static final long SMALL_MAX = SmallNumbers.THRESHOLD - 1;

    private final RangeFinder finder;

    public Auditor(RangeFinder finder) {
        this.finder = finder;
    }

    /** What a reader can tell of one hidden cell: its least and greatest possible value. */
    public record Range(int cell, long min, long max) {

        public boolean exposed() {
            return max != RangeFinder.UNBOUNDED && max - min + 1 < MIN_VALUES;
        }
    }

    /** The exact range of every hidden (not withheld) cell, in cell order. */
    public List<Range> ranges(Publication publication, boolean[] hidden, boolean[] withheld) {
        List<Range> ranges = new ArrayList<>();
        for (Component component : components(publication, hidden, withheld)) {
            ranges.addAll(component.exact(component.targets));
        }
        ranges.sort((a, b) -> Integer.compare(a.cell(), b.cell()));
        return ranges;
    }

    /** The cells of a disclosure that a reader could narrow to fewer than {@link #MIN_VALUES} values. */
    public List<Range> exposed(Publication publication, Disclosure disclosure) {
        return exposed(publication, disclosure.hidden(), disclosure.withheld());
    }

    /** The hidden cells a reader could narrow to fewer than {@link #MIN_VALUES} values. */
    public List<Range> exposed(Publication publication, boolean[] hidden, boolean[] withheld) {
        return exposed(publication, hidden, withheld, new HashMap<>());
    }

    /**
     * As {@link #exposed(Publication, boolean[], boolean[])}, reusing the verdicts of components seen
     * before in {@code seen} (keyed by their variables, which fix their equations too).
     */
    List<Range> exposed(Publication publication, boolean[] hidden, boolean[] withheld, Map<String, List<Range>> seen) {
        List<Range> exposed = new ArrayList<>();
        for (Component component : components(publication, hidden, withheld)) {
            exposed.addAll(seen.computeIfAbsent(component.key(), k -> component.exposed()));
        }
        return exposed;
    }

    /** The bounds a reader knows for a variable cell before reading any sum. */
    static long lower(Publication publication, boolean[] withheld, int cell) {
        if (publication.isUnpublished(cell) || withheld[cell]) {
            return 0;
        }
        return publication.value(cell) <= SMALL_MAX ? 1 : SmallNumbers.THRESHOLD;
    }

    static long upper(Publication publication, boolean[] withheld, int cell) {
        if (publication.isUnpublished(cell) || withheld[cell]) {
            return RangeFinder.UNBOUNDED;
        }
        return publication.value(cell) <= SMALL_MAX ? SMALL_MAX : RangeFinder.UNBOUNDED;
    }

    private List<Component> components(Publication publication, boolean[] hidden, boolean[] withheld) {
        int size = publication.size();
        int[] variable = new int[size];
        List<Integer> cells = new ArrayList<>();
        for (int cell = 0; cell < size; cell++) {
            variable[cell] = -1;
            if (hidden[cell] || publication.isUnpublished(cell)) {
                variable[cell] = cells.size();
                cells.add(cell);
            }
        }
        UnionFind links = new UnionFind(cells.size());
        List<RangeFinder.Equation> equations = new ArrayList<>();
        for (int[] sum : publication.sums()) {
            RangeFinder.Equation equation = equation(publication, sum, variable);
            int[] all = concat(equation.plus(), equation.minus());
            if (all.length == 0) {
                continue;
            }
            equations.add(equation);
            for (int v : all) {
                links.union(all[0], v);
            }
        }
        Map<Integer, Component> byRoot = new HashMap<>();
        List<Component> components = new ArrayList<>();
        for (int v = 0; v < cells.size(); v++) {
            Component component = byRoot.computeIfAbsent(links.find(v), k -> {
                Component fresh = new Component(publication, withheld);
                components.add(fresh);
                return fresh;
            });
            component.add(v, cells.get(v), hidden[cells.get(v)] && !withheld[cells.get(v)]
                    && !publication.isUnpublished(cells.get(v)));
        }
        for (RangeFinder.Equation equation : equations) {
            int first = equation.plus().length > 0 ? equation.plus()[0] : equation.minus()[0];
            byRoot.get(links.find(first)).equations.add(equation);
        }
        return components;
    }

    /** {@code parts - total = 0} with the published cells moved to the constant, over global variable numbers. */
    private static RangeFinder.Equation equation(Publication publication, int[] sum, int[] variable) {
        List<Integer> plus = new ArrayList<>();
        List<Integer> minus = new ArrayList<>();
        long constant = 0;
        int total = sum[sum.length - 1];
        for (int i = 0; i < sum.length - 1; i++) {
            if (variable[sum[i]] >= 0) {
                plus.add(variable[sum[i]]);
            } else {
                constant -= publication.value(sum[i]);
            }
        }
        if (variable[total] >= 0) {
            minus.add(variable[total]);
        } else {
            constant += publication.value(total);
        }
        return new RangeFinder.Equation(plus.stream().mapToInt(Integer::intValue).toArray(),
                minus.stream().mapToInt(Integer::intValue).toArray(), constant);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] all = new int[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Cells linked through sums, solved on their own. */
    private final class Component {
        final Publication publication;
        final boolean[] withheld;
        final List<Integer> globals = new ArrayList<>();
        final List<Integer> cells = new ArrayList<>();
        final List<Integer> targets = new ArrayList<>();
        final List<RangeFinder.Equation> equations = new ArrayList<>();

        Component(Publication publication, boolean[] withheld) {
            this.publication = publication;
            this.withheld = withheld;
        }

        void add(int global, int cell, boolean target) {
            if (target) {
                targets.add(cells.size());
            }
            globals.add(global);
            cells.add(cell);
        }

        String key() {
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                key.append(cells.get(i)).append(withheld[cells.get(i)] ? 'w' : '.').append(',');
            }
            return key.toString();
        }

        List<Range> exposed() {
            if (targets.isEmpty()) {
                return List.of();
            }
            if (equations.size() <= 1) {
                return exact(targets).stream().filter(Range::exposed).toList();
            }
            RangeFinder.LinearSystem system = system();
            // push the unproven again while that proves any more: cheaper than two exact programmes a cell
            List<Integer> unproven = new ArrayList<>(targets);
            while (!unproven.isEmpty()) {
                List<Integer> still = unprovenAfterPushing(system, unproven);
                if (still.size() == unproven.size()) {
                    break;
                }
                unproven = still;
            }
            return unproven.isEmpty() ? List.of() : exact(unproven).stream().filter(Range::exposed).toList();
        }

        /**
         * Pushes the given cells up (each at most two above its real value) in one solution and down in
         * another; returns those that neither moves by two, nor by one each way.
         */
        private List<Integer> unprovenAfterPushing(RangeFinder.LinearSystem system, List<Integer> which) {
            int[] up = new int[cells.size()];
            int[] down = new int[cells.size()];
            long[] upper = system.upper().clone();
            long[] lower = system.lower().clone();
            for (int t : which) {
                long value = publication.value(cells.get(t));
                up[t] = 1;
                down[t] = -1;
                upper[t] = Math.min(upper[t], value + 2);
                lower[t] = Math.max(lower[t], value - 2);
            }
            long[] high = finder.extreme(new RangeFinder.LinearSystem(system.lower(), upper, system.equations()), up);
            long[] low = finder.extreme(new RangeFinder.LinearSystem(lower, system.upper(), system.equations()), down);
            List<Integer> unproven = new ArrayList<>();
            for (int t : which) {
                long value = publication.value(cells.get(t));
                long above = high[t] - value;
                long below = value - low[t];
                if (!(above >= 2 || below >= 2 || above >= 1 && below >= 1)) {
                    unproven.add(t);
                }
            }
            return unproven;
        }

        List<Range> exact(List<Integer> which) {
            RangeFinder.LinearSystem system = system();
            long[][] found;
            if (equations.isEmpty()) {
                found = new long[which.size()][];
                for (int i = 0; i < which.size(); i++) {
                    found[i] = new long[] {system.lower()[which.get(i)], system.upper()[which.get(i)]};
                }
            } else if (equations.size() == 1) {
                found = oneEquation(system, which);
            } else {
                found = finder.ranges(system, which.stream().mapToInt(Integer::intValue).toArray());
            }
            List<Range> ranges = new ArrayList<>();
            for (int i = 0; i < which.size(); i++) {
                ranges.add(new Range(cells.get(which.get(i)), found[i][0], found[i][1]));
            }
            return ranges;
        }

        /**
         * The ranges under a single equation, without a solver: every other variable can take any value
         * within its own bounds, so each one's range is the equation's constant less the others' extremes
         * (exact, as all coefficients are 1 or -1). Most small tables (a group's members and those yet to
         * accept the rules) are one equation.
         */
        private long[][] oneEquation(RangeFinder.LinearSystem system, List<Integer> which) {
            RangeFinder.Equation equation = system.equations().get(0);
            int[] sign = new int[cells.size()];
            for (int v : equation.plus()) {
                sign[v] = 1;
            }
            for (int v : equation.minus()) {
                sign[v] = -1;
            }
            long[][] found = new long[which.size()][];
            for (int i = 0; i < which.size(); i++) {
                int x = which.get(i);
                // sign[x] * x = constant - sum of the others' sign * value
                long restLow = equation.constant();
                long restHigh = equation.constant();
                boolean lowUnbounded = false;
                boolean highUnbounded = false;
                for (int v = 0; v < cells.size(); v++) {
                    if (v == x || sign[v] == 0) {
                        continue;
                    }
                    long lo = system.lower()[v];
                    long hi = system.upper()[v];
                    if (sign[v] > 0) { // subtracting v: its highest lowers the rest's low end
                        restHigh -= lo;
                        if (hi == RangeFinder.UNBOUNDED) {
                            lowUnbounded = true;
                        } else {
                            restLow -= hi;
                        }
                    } else {
                        restLow += lo;
                        if (hi == RangeFinder.UNBOUNDED) {
                            highUnbounded = true;
                        } else {
                            restHigh += hi;
                        }
                    }
                }
                long low = system.lower()[x];
                long high = system.upper()[x];
                long fromLow = sign[x] > 0 ? restLow : -restHigh;
                long fromHigh = sign[x] > 0 ? restHigh : -restLow;
                boolean fromLowUnbounded = sign[x] > 0 ? lowUnbounded : highUnbounded;
                boolean fromHighUnbounded = sign[x] > 0 ? highUnbounded : lowUnbounded;
                if (!fromLowUnbounded) {
                    low = Math.max(low, fromLow);
                }
                if (!fromHighUnbounded) {
                    high = high == RangeFinder.UNBOUNDED ? fromHigh : Math.min(high, fromHigh);
                }
                found[i] = new long[] {low, high};
            }
            return found;
        }

        /** The component's equations over its own variable numbers, with the reader's bounds. */
        RangeFinder.LinearSystem system() {
            Map<Integer, Integer> local = new HashMap<>();
            long[] lower = new long[cells.size()];
            long[] upper = new long[cells.size()];
            for (int i = 0; i < cells.size(); i++) {
                local.put(globals.get(i), i);
                lower[i] = lower(publication, withheld, cells.get(i));
                upper[i] = upper(publication, withheld, cells.get(i));
            }
            List<RangeFinder.Equation> renumbered = equations.stream().map(e -> new RangeFinder.Equation(
                    renumber(e.plus(), local), renumber(e.minus(), local), e.constant())).toList();
            return new RangeFinder.LinearSystem(lower, upper, renumbered);
        }

        private int[] renumber(int[] variables, Map<Integer, Integer> local) {
            int[] result = new int[variables.length];
            for (int i = 0; i < variables.length; i++) {
                result[i] = local.get(variables[i]);
            }
            return result;
        }
    }

    /** Which variables share a sum, directly or through others: each group is solved on its own. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            parent[find(a)] = find(b);
        }
    }
}
