package org.kindred.domain.model.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.kindred.domain.model.room.TimeSpan;

/**
 * Which of a series' occurrences overlap time already taken. The taken spans are sorted once; each
 * candidate is then a binary search plus a look at the latest end so far, so a 52-week series against
 * n bookings costs O((52 + n) log n), however long or nested the bookings are. A room's bookings are
 * read in start order (its index's order), and sorting a list already in order is one linear pass:
 * then the cost is O(n + 52 log n).
 */
public final class ClashCheck {

    private final Instant[] starts;
    private final Instant[] latestEndSoFar;

    public ClashCheck(List<TimeSpan> taken) {
        List<TimeSpan> sorted = new ArrayList<>(taken);
        sorted.sort(Comparator.naturalOrder());
        starts = new Instant[sorted.size()];
        latestEndSoFar = new Instant[sorted.size()];
        Instant latest = Instant.MIN;
        for (int i = 0; i < sorted.size(); i++) {
            starts[i] = sorted.get(i).from();
            latest = sorted.get(i).until().isAfter(latest) ? sorted.get(i).until() : latest;
            latestEndSoFar[i] = latest;
        }
    }

    /** True when some taken span starts before {@code candidate} ends and ends after it starts. */
    public boolean clashes(TimeSpan candidate) {
        int lastStartingBefore = lastIndexStartingBefore(candidate.until());
        return lastStartingBefore >= 0 && latestEndSoFar[lastStartingBefore].isAfter(candidate.from());
    }

    private int lastIndexStartingBefore(Instant end) {
        int found = Arrays.binarySearch(starts, end);
        int insertion = found >= 0 ? found : -found - 1;
        // with equal starts, binarySearch may land on any of them; step back to the first one
        while (insertion > 0 && !starts[insertion - 1].isBefore(end)) {
            insertion--;
        }
        return insertion - 1;
    }
}
