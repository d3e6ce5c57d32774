package org.kindred.application.secondfactor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Slows guessing of second-factor codes: a person who has had {@value #LIMIT} wrong codes (or recovery
 * codes) within {@link #WINDOW} is refused until the oldest leaves the window. A million six-digit codes
 * at five per quarter hour take years. As in {@link org.kindred.application.account.LoginThrottle}, each
 * try counts as a failure before it is checked and a right one takes its count back, so tries arriving
 * together cannot all pass the limit; counters live in this server's memory.
 */
@ApplicationScoped
public class CodeThrottle {

    public static final int LIMIT = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private final Map<Long, Deque<Instant>> failures = new HashMap<>();
    private Clock clock;

    @Inject
    public CodeThrottle(Clock clock) {
        this.clock = clock;
    }

    protected CodeThrottle() {
        // for CDI proxies
    }

    /** Counts a try; false (and nothing counted) when the person is over the limit. */
    public synchronized boolean tryOnce(long personId) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(times -> {
                dropExpired(times, now);
                return times.isEmpty();
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(personId, k -> new ArrayDeque<>());
        dropExpired(times, now);
        if (times.size() >= LIMIT) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    /** The try was right: the person's failures are cleared. */
    public synchronized void succeeded(long personId) {
        failures.remove(personId);
    }

    private static void dropExpired(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }
}
