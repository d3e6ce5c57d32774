package org.kindred.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final DecoyCountingHasher hasher = new DecoyCountingHasher();
    private final LoginThrottle throttle = new LoginThrottle(clock, hasher);

    @Test
    void blocksAnAccountAfterFiveFailuresUntilTheWindowPasses() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT - 1; i++) {
            assertTrue(throttle.attempt("pat@trust.nhs.uk", "10.0.0." + i).isPresent());
        }
        assertTrue(throttle.attempt("PAT@trust.nhs.uk", "10.0.0.98").isPresent(), "the fifth, however it is typed");
        assertFalse(throttle.attempt("pat@trust.nhs.uk", "10.0.0.99").isPresent(), "same account, however it is typed");
        assertTrue(throttle.attempt("sam@trust.nhs.uk", "10.0.0.99").isPresent(), "other accounts are unaffected");

        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        assertTrue(throttle.attempt("pat@trust.nhs.uk", "10.0.0.99").isPresent());
    }

    @Test
    void blocksAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
            assertTrue(throttle.attempt("user" + i + "@trust.nhs.uk", "192.0.2.7").isPresent());
        }
        assertFalse(throttle.attempt("fresh@trust.nhs.uk", "192.0.2.7").isPresent());
        assertTrue(throttle.attempt("fresh@trust.nhs.uk", "192.0.2.8").isPresent());
    }

    @Test
    void successClearsTheAccountAndDoesNotCountAgainstTheAddress() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT - 1; i++) {
            throttle.attempt("pat@trust.nhs.uk", "192.0.2.7").orElseThrow();
        }
        throttle.attempt("pat@trust.nhs.uk", "192.0.2.7").orElseThrow().succeeded();
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            assertTrue(throttle.attempt("pat@trust.nhs.uk", "192.0.2.9").isPresent(), "cleared by the success");
        }
        // a ward computer's address: many people sign in from it, and only failures count against it
        for (int i = 0; i < 3 * LoginThrottle.ADDRESS_LIMIT; i++) {
            throttle.attempt("person" + i + "@trust.nhs.uk", "192.0.2.50").orElseThrow().succeeded();
        }
        assertTrue(throttle.attempt("late@trust.nhs.uk", "192.0.2.50").isPresent());
    }

    @Test
    void anAttemptWhosePasswordCouldNotBeCheckedDoesNotCount() {
        for (int i = 0; i < 2 * LoginThrottle.ACCOUNT_LIMIT; i++) {
            throttle.attempt("pat@trust.nhs.uk", "192.0.2.7").orElseThrow().unchecked();
        }
        assertTrue(throttle.attempt("pat@trust.nhs.uk", "192.0.2.7").isPresent());
    }

    /**
     * Fifty wrong passwords for one account at the same moment, from fifty addresses: each password
     * check takes a while, and the checks overlap. No more than the limit may be checked; counting a
     * failure only once its check is over would let every one of them through.
     */
    @Test
    void concurrentAttemptsOnOneAccountNeverExceedTheLimit() throws Exception {
        int threads = 50;
        CountDownLatch start = new CountDownLatch(1);
        CyclicBarrier allAsked = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> granted = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String address = "198.51.100." + i;
                granted.add(pool.submit(() -> {
                    start.await();
                    Optional<LoginThrottle.Attempt> attempt = throttle.attempt("pat@trust.nhs.uk", address);
                    allAsked.await(10, TimeUnit.SECONDS); // the password checks overlap
                    return attempt.isPresent(); // and each password was wrong
                }));
            }
            start.countDown();
            int checked = 0;
            for (Future<Boolean> one : granted) {
                checked += one.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(LoginThrottle.ACCOUNT_LIMIT, checked, "passwords checked");
            assertEquals(threads - LoginThrottle.ACCOUNT_LIMIT, hasher.decoys.get(),
                    "every refused attempt spent a password check's time");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Timing must not tell a refused attempt from a checked one: a refusal verifies a decoy hash first. */
    @Test
    void aRefusedAttemptTakesAsLongAsAPasswordCheck() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            throttle.attempt("pat@trust.nhs.uk", "192.0.2.7").orElseThrow();
        }
        assertEquals(0, hasher.decoys.get(), "an allowed attempt leaves the check to its caller");
        assertFalse(throttle.attempt("pat@trust.nhs.uk", "192.0.2.7").isPresent());
        assertEquals(1, hasher.decoys.get(), "the refusal verified a decoy");
    }

    /** Counts the verifications made without a stored hash: the decoy the hasher checks against. */
    private static final class DecoyCountingHasher implements PasswordHasher {
        final AtomicInteger decoys = new AtomicInteger();

        @Override
        public String hash(char[] password) {
            return "hash";
        }

        @Override
        public boolean matches(char[] password, String storedHash) {
            if (storedHash == null) {
                decoys.incrementAndGet();
            }
            return false;
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-03-29T00:30:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
