package org.kindred.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kindred.domain.model.person.Person;

/**
 * Slows password guessing: an account that has had {@value #ACCOUNT_LIMIT} failed sign-ins, or an
 * address that has had {@value #ADDRESS_LIMIT}, within {@link #WINDOW} is refused until the oldest
 * failure leaves the window. Refusals look exactly like a wrong password, so the throttle reveals
 * nothing about which accounts exist. Counters live in this server's memory (see README, Known issues).
 *
 * <p>Each attempt is counted as a failure before its password is checked, in one step with the check
 * of the limits ({@link #attempt}); a success takes its count back. Counting only after a check would
 * let through every attempt that arrives while earlier ones are still being checked, and a password
 * check takes a large fraction of a second, on purpose. A refused attempt spends as long as a check on
 * a decoy hash, so that a quick answer does not tell a guesser that the throttle is on.
 */
@ApplicationScoped
public class LoginThrottle {

    public static final int ACCOUNT_LIMIT = 5;
    public static final int ADDRESS_LIMIT = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED_KEYS = 100_000;
    /** What a refused attempt is checked against instead of the password it came with, which is not needed. */
    private static final char[] DECOY_PASSWORD = "not checked: the throttle refused it".toCharArray();

    /** The failures (and attempts still being checked) per key, oldest first; guarded by {@link #lock}. */
    private final Map<String, Deque<Instant>> failures = new HashMap<>();
    private final Object lock = new Object();
    private Clock clock;
    private PasswordHasher hasher;

    @Inject
    public LoginThrottle(Clock clock, PasswordHasher hasher) {
        this.clock = clock;
        this.hasher = hasher;
    }

    protected LoginThrottle() {
        // for CDI proxies
    }

    /**
     * An attempt to sign in (or to confirm one's password) to this account from this address: counted
     * at once as a failure and returned when both limits allow one more, or, once a decoy password check
     * has taken as long as a real one would, empty. The caller then checks the password and reports a
     * success or an attempt it could not check; a wrong password needs no report.
     */
    public Optional<Attempt> attempt(String account, String address) {
        String accountKey = accountKey(account);
        String addressKey = addressKey(address);
        Instant now = clock.instant();
        Attempt attempt = null;
        synchronized (lock) {
            if (failures.size() > MAX_TRACKED_KEYS) {
                prune(now);
            }
            if (recent(accountKey, now) < ACCOUNT_LIMIT && recent(addressKey, now) < ADDRESS_LIMIT) {
                record(accountKey, now);
                record(addressKey, now);
                attempt = new Attempt(accountKey, addressKey, now);
            }
        }
        if (attempt == null) {
            hasher.matches(DECOY_PASSWORD, null); // outside the lock: other accounts' attempts need not wait
        }
        return Optional.ofNullable(attempt);
    }

    /**
     * Whether this is the person's current password, checked as one throttled attempt: someone who is
     * signed in confirms their password before a change to their account (their address, their password,
     * their second factor), and a session left open must not become a way to guess it. No password stored
     * (single sign-on): the hasher checks a decoy, so this takes as long as a wrong password.
     */
    public boolean confirmsPassword(Person person, String password, String address) {
        Optional<Attempt> attempt = attempt(person.email().value(), address);
        if (attempt.isEmpty() || password == null || !hasher.matches(password.toCharArray(), person.passwordHash())) {
            return false;
        }
        attempt.get().succeeded();
        return true;
    }

    /** One counted attempt; a wrong password leaves it counted. */
    public final class Attempt {

        private final String accountKey;
        private final String addressKey;
        private final Instant at;

        private Attempt(String accountKey, String addressKey, Instant at) {
            this.accountKey = accountKey;
            this.addressKey = addressKey;
            this.at = at;
        }

        /**
         * The password was right: the account's failures are cleared, and this attempt no longer counts
         * against the address, from which many people may sign in (a ward computer, a proxy). The
         * address's failures stay.
         */
        public void succeeded() {
            synchronized (lock) {
                failures.remove(accountKey);
                takeBack(addressKey);
            }
        }

        /** The password could not be checked (the database was unreachable): the attempt does not count. */
        public void unchecked() {
            synchronized (lock) {
                takeBack(accountKey);
                takeBack(addressKey);
            }
        }

        private void takeBack(String key) {
            Deque<Instant> times = failures.get(key);
            if (times != null) {
                times.removeLastOccurrence(at);
                if (times.isEmpty()) {
                    failures.remove(key);
                }
            }
        }
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
        dropExpired(times, now);
        return times.size();
    }

    private void record(String key, Instant now) {
        failures.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
    }

    private void prune(Instant now) {
        failures.values().removeIf(times -> {
            dropExpired(times, now);
            return times.isEmpty();
        });
    }

    private static void dropExpired(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }
}
