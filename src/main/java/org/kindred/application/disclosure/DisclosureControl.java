package org.kindred.application.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what a {@link Publication} may show. Primary suppression hides every count of 1-7 (and any
 * non-zero figure from fewer than 8 people). Secondary suppression then hides more, until the
 * {@link Auditor} finds no hidden cell that the published figures narrow to fewer than three values:
 * first by reading each sum on its own (cheap, and enough for most tables), then by solving the whole
 * set at once, which also finds what only several sums together give away. Each step hides the
 * smallest non-zero published count that shares a sum with an exposed cell, so as little as possible
 * goes. Zeros stay published: they disclose nobody, and a reader takes them as exact.
 */
public final class DisclosureControl {

    private final Auditor auditor;

    public DisclosureControl(RangeFinder finder) {
        this.auditor = new Auditor(finder);
    }

    public Auditor auditor() {
        return auditor;
    }

    public Disclosure protect(Publication publication) {
        int size = publication.size();
        boolean[] hidden = new boolean[size];
        for (int cell = 0; cell < size; cell++) {
            hidden[cell] = publication.isPrimary(cell);
        }
        Map<String, List<Auditor.Range>> seen = new HashMap<>();
        while (true) {
            propagate(publication, hidden);
            boolean[] withheld = withheld(publication, hidden);
            List<Auditor.Range> exposed = auditor.exposed(publication, hidden, withheld, seen);
            if (exposed.isEmpty()) {
                return new Disclosure(publication, hidden, withheld);
            }
            boolean more = false;
            for (Auditor.Range range : exposed) {
                int complement = complement(publication, hidden, range.cell());
                if (complement >= 0 && !hidden[complement]) {
                    hidden[complement] = true;
                    more = true;
                }
            }
            if (!more) {
                // Nothing left to hide beside the exposed cells: hide every non-zero count. The
                // property tests look for a table where that is still not enough.
                for (int cell = 0; cell < size; cell++) {
                    if (!publication.isUnpublished(cell) && publication.value(cell) > 0) {
                        hidden[cell] = true;
                    }
                }
                return new Disclosure(publication, hidden, withheld(publication, hidden));
            }
        }
    }

    /**
     * Hidden totals made only of hidden counts (two or more, besides zeros) are withheld: not shown even
     * as "*", which would tell that the total is 1-7. Its hidden parts, each at least 1, can otherwise
     * add up to nearly all of a small total (four hidden 1s and a hidden 2 under a hidden 7 leave it 6
     * or 7), and nothing more can be hidden to stop that. Withheld, the total says nothing its
     * parts do not. The rule reads only what is published, so withholding gives nothing away either.
     */
    static boolean[] withheld(Publication publication, boolean[] hidden) {
        boolean[] withheld = new boolean[hidden.length];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] sum : publication.sums()) {
                int total = sum[sum.length - 1];
                if (withheld[total] || !hidden[total] || publication.isUnpublished(total)) {
                    continue;
                }
                int hiddenParts = 0;
                boolean allHidden = true;
                for (int i = 0; i < sum.length - 1; i++) {
                    int part = sum[i];
                    if (publication.isUnpublished(part)) {
                        allHidden = false;
                    } else if (hidden[part]) {
                        hiddenParts++;
                    } else if (publication.value(part) > 0) {
                        allHidden = false;
                    }
                }
                if (allHidden && hiddenParts >= 2) {
                    withheld[total] = true;
                    changed = true;
                }
            }
        }
        return withheld;
    }

    /**
     * Hides what a hidden cell's pins would reveal, and reads each sum on its own, as a reader with a
     * pencil would, hiding one more count of any sum that narrows a hidden cell; repeats until neither
     * hides anything more.
     */
    private static void propagate(Publication publication, boolean[] hidden) {
        boolean[] none = new boolean[hidden.length]; // before withholding: the narrower, safer reading
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] pin : publication.pins()) {
                if (hidden[pin[0]] && !hidden[pin[1]] && publication.value(pin[1]) > 0) {
                    hidden[pin[1]] = true;
                    changed = true;
                }
            }
            for (int[] sum : publication.sums()) {
                if (narrows(publication, hidden, none, sum)) {
                    int complement = smallestPublished(publication, hidden, List.of(sum));
                    if (complement >= 0) {
                        hidden[complement] = true;
                        changed = true;
                    }
                }
            }
        }
    }

    /** Whether this sum alone leaves any hidden cell in it fewer than three values. */
    private static boolean narrows(Publication publication, boolean[] hidden, boolean[] none, int[] sum) {
        int last = sum.length - 1;
        for (int i = 0; i <= last; i++) {
            int cell = sum[i];
            if (!isVariable(publication, hidden, cell) || publication.isUnpublished(cell)) {
                continue;
            }
            // sign * x = rest, where rest is the others moved across: parts +1, total -1
            long restMin = 0;
            long restMax = 0;
            boolean restMinUnbounded = false;
            boolean restMaxUnbounded = false;
            for (int j = 0; j <= last; j++) {
                if (j == i) {
                    continue;
                }
                int other = sum[j];
                int sign = (j == last) == (i == last) ? -1 : 1; // moved to the other side of x
                if (!isVariable(publication, hidden, other)) {
                    restMin += sign * publication.value(other);
                    restMax += sign * publication.value(other);
                    continue;
                }
                long lo = Auditor.lower(publication, none, other);
                long hi = Auditor.upper(publication, none, other);
                boolean unbounded = hi == RangeFinder.UNBOUNDED;
                if (sign > 0) {
                    restMin += lo;
                    if (unbounded) {
                        restMaxUnbounded = true;
                    } else {
                        restMax += hi;
                    }
                } else {
                    restMax -= lo;
                    if (unbounded) {
                        restMinUnbounded = true;
                    } else {
                        restMin -= hi;
                    }
                }
            }
            long min = Auditor.lower(publication, none, cell);
            long max = Auditor.upper(publication, none, cell);
            // with the signs chosen above, x = rest whether x is a part or the total
            if (!restMinUnbounded) {
                min = Math.max(min, restMin);
            }
            if (!restMaxUnbounded) {
                max = max == RangeFinder.UNBOUNDED ? restMax : Math.min(max, restMax);
            }
            if (max != RangeFinder.UNBOUNDED && max - min + 1 < Auditor.MIN_VALUES) {
                return true;
            }
        }
        return false;
    }

    /**
     * The count to hide beside an exposed cell: the smallest non-zero published count of a sum it is
     * in, or failing that, of any sum joined to it through hidden cells; -1 when there is none.
     */
    private static int complement(Publication publication, boolean[] hidden, int exposed) {
        Set<Integer> seenCells = new HashSet<>();
        Set<int[]> seenSums = new HashSet<>();
        Deque<Integer> cells = new ArrayDeque<>(List.of(exposed));
        seenCells.add(exposed);
        while (!cells.isEmpty()) {
            List<int[]> ring = new ArrayList<>();
            Deque<Integer> next = new ArrayDeque<>();
            for (int cell : cells) {
                for (int[] sum : publication.sums()) {
                    if (!seenSums.contains(sum) && contains(sum, cell)) {
                        seenSums.add(sum);
                        ring.add(sum);
                        for (int other : sum) {
                            if (isVariable(publication, hidden, other) && seenCells.add(other)) {
                                next.add(other);
                            }
                        }
                    }
                }
            }
            int found = smallestPublished(publication, hidden, ring);
            if (found >= 0) {
                return found;
            }
            cells = next;
        }
        return -1;
    }

    /** The smallest non-zero published count in these sums, a part before a total of the same value. */
    private static int smallestPublished(Publication publication, boolean[] hidden, List<int[]> sums) {
        int best = -1;
        boolean bestIsTotal = true;
        for (int[] sum : sums) {
            for (int i = 0; i < sum.length; i++) {
                int cell = sum[i];
                if (isVariable(publication, hidden, cell) || publication.value(cell) == 0) {
                    continue;
                }
                boolean total = i == sum.length - 1;
                if (best < 0 || publication.value(cell) < publication.value(best)
                        || publication.value(cell) == publication.value(best) && bestIsTotal && !total) {
                    best = cell;
                    bestIsTotal = total;
                }
            }
        }
        return best;
    }

    private static boolean isVariable(Publication publication, boolean[] hidden, int cell) {
        return hidden[cell] || publication.isUnpublished(cell);
    }

    private static boolean contains(int[] sum, int cell) {
        for (int c : sum) {
            if (c == cell) {
                return true;
            }
        }
        return false;
    }
}
