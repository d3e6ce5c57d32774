package org.kindred.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: an account that has had {@value #ACCOUNT_LIMIT} failed sign-ins, or an
 * address that has had {@value #ADDRESS_LIMIT}, within {@link #WINDOW} is refused until the oldest
 * failure leaves the window. Refusals look exactly like a wrong password, so the throttle reveals
 * nothing about which accounts exist. Counters live in this server's memory (see README, Known issues).
 */
@ApplicationScoped
public class LoginThrottle {

    public static final int ACCOUNT_LIMIT = 5;
    public static final int ADDRESS_LIMIT = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private Clock clock;

    @Inject
    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    protected LoginThrottle() {
        // for CDI proxies
    }

    public boolean allows(String account, String address) {
        Instant now = clock.instant();
        return recent(accountKey(account), now) < ACCOUNT_LIMIT && recent(addressKey(address), now) < ADDRESS_LIMIT;
    }

    public void failed(String account, String address) {
        if (failures.size() > MAX_TRACKED_KEYS) {
            prune(clock.instant());
        }
        Instant now = clock.instant();
        record(accountKey(account), now);
        record(addressKey(address), now);
    }

    /** A successful sign-in clears the account's failures, not the address's. */
    public void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    private static String accountKey(String account) {
        return "a:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "r:" + (address == null ? "" : address);
    }

    private int recent(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            dropExpired(times, now);
            return times.size();
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            dropExpired(times, now);
            times.addLast(now);
        }
    }

    private void prune(Instant now) {
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                dropExpired(entry.getValue(), now);
                return entry.getValue().isEmpty();
            }
        });
    }

    private static void dropExpired(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }
}
