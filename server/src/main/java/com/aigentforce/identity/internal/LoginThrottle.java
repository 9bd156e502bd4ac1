package com.aigentforce.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Brute-force protection for sign-in, per account (the email as typed, whether or not it exists, so the answer
 * reveals nothing) and per client address. After the free attempts each further failure locks the key for twice
 * as long as the last time (1 s, 2 s, 4 s … at most 15 minutes). State is forgotten 15 minutes after the last
 * failure; a success clears the account's state.
 */
@Component
class LoginThrottle {

    private static final Duration MAX_LOCK = Duration.ofMinutes(15);

    private final int freePerAccount;
    private final int freePerAddress;
    private final Clock clock;
    private final Cache<String, State> states = Caffeine.newBuilder()
            .maximumSize(500_000)
            .expireAfterAccess(Duration.ofMinutes(15))
            .build();

    @Autowired
    LoginThrottle(SecurityProperties properties) {
        this(
                properties.login().freeAttemptsPerAccount(),
                properties.login().freeAttemptsPerAddress(),
                Clock.systemUTC());
    }

    LoginThrottle(int freePerAccount, int freePerAddress, Clock clock) {
        this.freePerAccount = freePerAccount;
        this.freePerAddress = freePerAddress;
        this.clock = clock;
    }

    /** How long the caller must wait, if either key is locked now. */
    Optional<Duration> lockedFor(String account, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : new String[] {"a:" + account, "ip:" + address}) {
            State state = states.getIfPresent(key);
            if (state != null && state.lockedUntil.isAfter(now)) {
                Duration left = Duration.between(now, state.lockedUntil);
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String account, String address) {
        fail("a:" + account, freePerAccount);
        fail("ip:" + address, freePerAddress);
    }

    void succeeded(String account) {
        states.invalidate("a:" + account);
    }

    private void fail(String key, int free) {
        states.asMap().compute(key, (k, state) -> {
            int failures = state == null ? 1 : state.failures + 1;
            Instant lockedUntil = state == null ? Instant.EPOCH : state.lockedUntil;
            if (failures > free) {
                long seconds = Math.min(MAX_LOCK.toSeconds(), 1L << Math.min(20, failures - free - 1));
                lockedUntil = clock.instant().plusSeconds(seconds);
            }
            return new State(failures, lockedUntil);
        });
    }

    private record State(int failures, Instant lockedUntil) {}
}
