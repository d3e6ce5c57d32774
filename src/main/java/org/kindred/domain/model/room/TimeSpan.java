package org.kindred.domain.model.room;

import java.time.Instant;
import java.util.Objects;

/** A half-open stretch of time [from, until): one that ends at 14:00 does not overlap one that starts then. */
public record TimeSpan(Instant from, Instant until) implements Comparable<TimeSpan> {

    public TimeSpan {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("a time span must end after it starts");
        }
    }

    public boolean overlaps(TimeSpan other) {
        return from.isBefore(other.until) && other.from.isBefore(until);
    }

    @Override
    public int compareTo(TimeSpan other) {
        int byStart = from.compareTo(other.from);
        return byStart != 0 ? byStart : until.compareTo(other.until);
    }
}
