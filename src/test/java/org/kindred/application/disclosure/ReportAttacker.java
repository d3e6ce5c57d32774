package org.kindred.application.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.kindred.infrastructure.disclosure.OjAlgoRangeFinder;

/**
 * An organiser trying to work out what a month's report hides, from the published lines alone: it
 * knows how the lines add up (each line's expected = present + apologies + absent + not recorded; a
 * programme's line = its groups' lines; the total = the programmes'), that zeros are exact and that a
 * hidden count ("*") is at least 1; given the true figures it may also be told which hidden counts are
 * 1-7. Of a withheld figure ("..") it knows nothing but that it is a count.
 * For every "*" it finds the least and greatest value consistent with all that, by linear programming,
 * independently of the {@link Publication} the report was built from: a sum the report forgot to
 * declare would show here.
 */
public final class ReportAttacker {

    /** The people columns of a line, in this order. */
    public static final String[] COLUMNS = {"expected", "present", "apologies", "absent", "unrecorded", "responses"};

    /** A published line: GROUP, PROGRAMME or TOTAL, and its six people cells ("*" or a number). */
    public record Line(String kind, String[] cells) {
    }

    /**
     * What the attacker learnt about one hidden or withheld cell: the values it cannot rule out (with the
     * truth known, at least these; the exact range wherever that is under three values).
     */
    public record Finding(int line, int column, boolean withheld, long min, long max) {
        public long values() {
            return max == RangeFinder.UNBOUNDED ? Long.MAX_VALUE : max - min + 1;
        }
    }

    private ReportAttacker() {
    }

    /** A month's lines as the JSON API publishes them ({@code groups} of {@code /api/reports}). */
    public static List<Line> lines(jakarta.json.JsonArray groups) {
        return groups.stream().map(jakarta.json.JsonValue::asJsonObject).map(l -> new Line(l.getString("kind"),
                java.util.Arrays.stream(COLUMNS).map(l::getString).toArray(String[]::new))).toList();
    }

    /** The findings that narrow a hidden count to fewer than three values (withheld totals are not counts shown). */
    public static List<Finding> narrowed(List<Line> lines, long[][] truth) {
        return attack(lines, truth).stream().filter(f -> !f.withheld() && f.values() < Auditor.MIN_VALUES).toList();
    }

    /**
     * The range of every hidden cell of one month's lines (groups, each programme after its groups,
     * the total last). {@code truth}, if not null, holds the real figures, so that the attacker may be
     * told which hidden counts are small: the strongest reader there is.
     */
    public static List<Finding> attack(List<Line> lines, long[][] truth) {
        int columns = COLUMNS.length;
        int[][] variable = new int[lines.size()][columns];
        List<Long> lower = new ArrayList<>();
        List<Long> upper = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            for (int c = 0; c < columns; c++) {
                variable[l][c] = -1;
                String cell = lines.get(l).cells()[c];
                if (SmallNumbers.SUPPRESSED.equals(cell)) {
                    variable[l][c] = lower.size();
                    boolean small = truth != null && truth[l][c] < SmallNumbers.THRESHOLD;
                    lower.add(truth == null || small ? 1L : SmallNumbers.THRESHOLD);
                    upper.add(small ? SmallNumbers.THRESHOLD - 1L : RangeFinder.UNBOUNDED);
                } else if (SmallNumbers.WITHHELD.equals(cell)) {
                    variable[l][c] = lower.size(); // not published: nothing known but that it is a count
                    lower.add(0L);
                    upper.add(RangeFinder.UNBOUNDED);
                }
            }
        }
        List<RangeFinder.Equation> equations = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            equations.add(equation(lines, variable, List.of(new int[] {l, 1}, new int[] {l, 2}, new int[] {l, 3},
                    new int[] {l, 4}), new int[] {l, 0}));
        }
        // each programme's line adds up the group lines since the previous programme line; the total, the programmes
        List<Integer> groupsSoFar = new ArrayList<>();
        List<Integer> programmes = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            switch (lines.get(l).kind()) {
                case "GROUP" -> groupsSoFar.add(l);
                case "PROGRAMME" -> {
                    addColumnSums(lines, variable, equations, groupsSoFar, l);
                    groupsSoFar = new ArrayList<>();
                    programmes.add(l);
                }
                case "TOTAL" -> addColumnSums(lines, variable, equations, programmes, l);
                default -> throw new IllegalArgumentException(lines.get(l).kind());
            }
        }
        List<RangeFinder.Equation> useful = equations.stream()
                .filter(e -> e.plus().length + e.minus().length > 0).toList();
        long[] low = lower.stream().mapToLong(Long::longValue).toArray();
        long[] high = upper.stream().mapToLong(Long::longValue).toArray();
        RangeFinder finder = new OjAlgoRangeFinder();
        long[][] ranges = new long[low.length][];
        List<Integer> exact = new ArrayList<>();
        if (truth != null && low.length > 0) {
            // Knowing the truth, two solutions (every hidden cell pushed up, at most 2 above its value,
            // then down) prove most cells wide at once; only the rest need their own two programmes.
            long[] value = new long[low.length];
            for (int l = 0; l < lines.size(); l++) {
                for (int c = 0; c < columns; c++) {
                    if (variable[l][c] >= 0) {
                        value[variable[l][c]] = truth[l][c];
                    }
                }
            }
            long[] capUp = high.clone();
            long[] capDown = low.clone();
            int[] up = new int[low.length];
            int[] down = new int[low.length];
            for (int v = 0; v < low.length; v++) {
                capUp[v] = Math.min(capUp[v], value[v] + 2);
                capDown[v] = Math.max(capDown[v], value[v] - 2);
                up[v] = 1;
                down[v] = -1;
            }
            long[] pushedUp = finder.extreme(new RangeFinder.LinearSystem(low, capUp, useful), up);
            long[] pushedDown = finder.extreme(new RangeFinder.LinearSystem(capDown, high, useful), down);
            for (int v = 0; v < low.length; v++) {
                if (pushedUp[v] - pushedDown[v] >= 2) {
                    ranges[v] = new long[] {pushedDown[v], pushedUp[v]};
                } else {
                    exact.add(v);
                }
            }
        } else {
            for (int v = 0; v < low.length; v++) {
                exact.add(v);
            }
        }
        if (!exact.isEmpty()) {
            long[][] found = finder.ranges(new RangeFinder.LinearSystem(low, high, useful),
                    exact.stream().mapToInt(Integer::intValue).toArray());
            for (int i = 0; i < exact.size(); i++) {
                ranges[exact.get(i)] = found[i];
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            for (int c = 0; c < columns; c++) {
                if (variable[l][c] >= 0) {
                    long[] range = ranges[variable[l][c]];
                    findings.add(new Finding(l, c, SmallNumbers.WITHHELD.equals(lines.get(l).cells()[c]), range[0],
                            range[1]));
                }
            }
        }
        return findings;
    }

    private static void addColumnSums(List<Line> lines, int[][] variable, List<RangeFinder.Equation> equations,
                                      List<Integer> parts, int total) {
        for (int c = 0; c < COLUMNS.length; c++) {
            int column = c;
            equations.add(equation(lines, variable, parts.stream().map(p -> new int[] {p, column}).toList(),
                    new int[] {total, column}));
        }
    }

    private static RangeFinder.Equation equation(List<Line> lines, int[][] variable, List<int[]> parts, int[] total) {
        List<Integer> plus = new ArrayList<>();
        List<Integer> minus = new ArrayList<>();
        long constant = 0;
        for (int[] part : parts) {
            int v = variable[part[0]][part[1]];
            if (v >= 0) {
                plus.add(v);
            } else {
                constant -= Long.parseLong(lines.get(part[0]).cells()[part[1]]);
            }
        }
        int v = variable[total[0]][total[1]];
        if (v >= 0) {
            minus.add(v);
        } else {
            constant += Long.parseLong(lines.get(total[0]).cells()[total[1]]);
        }
        return new RangeFinder.Equation(plus.stream().mapToInt(Integer::intValue).toArray(),
                minus.stream().mapToInt(Integer::intValue).toArray(), constant);
    }
}
