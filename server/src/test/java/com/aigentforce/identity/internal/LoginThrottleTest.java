package com.aigentforce.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(3, 5, clock);

    @Test
    void freeAttemptsThenLocksWithGrowingDelays() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.lockedFor("ada", "10.0.0.1")).isEmpty();
            throttle.failed("ada", "10.0.0.1");
        }
        assertThat(throttle.lockedFor("ada", "10.0.0.1")).isEmpty();
        throttle.failed("ada", "10.0.0.1");
        assertThat(throttle.lockedFor("ada", "10.0.0.1")).contains(Duration.ofSeconds(1));
        throttle.failed("ada", "10.0.0.1");
        assertThat(throttle.lockedFor("ada", "10.0.0.1")).contains(Duration.ofSeconds(2));
        throttle.failed("ada", "10.0.0.1");
        assertThat(throttle.lockedFor("ada", "10.0.0.1")).contains(Duration.ofSeconds(4));
        clock.advance(Duration.ofSeconds(5));
        assertThat(throttle.lockedFor("ada", "10.0.0.1")).isEmpty();
    }

    @Test
    void lockIsCappedAtFifteenMinutes() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("bob", "10.0.0." + i);
        }
        assertThat(throttle.lockedFor("bob", "10.9.9.9")).contains(Duration.ofMinutes(15));
    }

    @Test
    void addressIsLimitedAcrossAccounts() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("user" + i, "10.0.0.2");
        }
        assertThat(throttle.lockedFor("someone-new", "10.0.0.2")).isPresent();
        assertThat(throttle.lockedFor("someone-new", "10.0.0.3")).isEmpty();
    }

    @Test
    void successClearsTheAccount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("carol", "10.0.0." + i);
        }
        assertThat(throttle.lockedFor("carol", "10.1.1.1")).isPresent();
        throttle.succeeded("carol");
        assertThat(throttle.lockedFor("carol", "10.1.1.1")).isEmpty();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
