package org.kindred.domain.model.attendance;

import java.time.Duration;
import java.time.Instant;

/**
 * When a session's attendance (or a Round's headcount) can be recorded: from an hour before it starts
 * until four weeks after. After that its anonymous counts are final, so a month's report can be
 * released once and never change (docs/adr/0016-disclosure-control.md).
 */
public final class RecordingWindow {

    public static final Duration BEFORE_START = Duration.ofHours(1);
    public static final Duration AFTER_START = Duration.ofDays(28);

    private RecordingWindow() {
    }

    public static boolean notYetOpen(Instant startsAt, Instant now) {
        return startsAt.isAfter(now.plus(BEFORE_START));
    }

    public static boolean closed(Instant startsAt, Instant now) {
        return now.isAfter(closesAt(startsAt));
    }

    public static Instant closesAt(Instant startsAt) {
        return startsAt.plus(AFTER_START);
    }
}
