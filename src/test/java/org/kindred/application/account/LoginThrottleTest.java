package org.kindred.application.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void blocksAnAccountAfterFiveFailuresUntilTheWindowPasses() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT - 1; i++) {
            throttle.failed("pat@trust.nhs.uk", "10.0.0." + i);
        }
        assertTrue(throttle.allows("pat@trust.nhs.uk", "10.0.0.99"));
        throttle.failed("PAT@trust.nhs.uk", "10.0.0.98");
        assertFalse(throttle.allows("pat@trust.nhs.uk", "10.0.0.99"), "same account, however it is typed");
        assertTrue(throttle.allows("sam@trust.nhs.uk", "10.0.0.99"), "other accounts are unaffected");

        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        assertTrue(throttle.allows("pat@trust.nhs.uk", "10.0.0.99"));
    }

    @Test
    void blocksAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
            throttle.failed("user" + i + "@trust.nhs.uk", "192.0.2.7");
        }
        assertFalse(throttle.allows("fresh@trust.nhs.uk", "192.0.2.7"));
        assertTrue(throttle.allows("fresh@trust.nhs.uk", "192.0.2.8"));
    }

    @Test
    void successClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            throttle.failed("pat@trust.nhs.uk", "192.0.2.7");
        }
        throttle.succeeded("pat@trust.nhs.uk");
        assertTrue(throttle.allows("pat@trust.nhs.uk", "192.0.2.9"));
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
