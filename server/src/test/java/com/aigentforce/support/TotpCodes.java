package com.aigentforce.support;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** Computes the codes an authenticator app would show for a Base32 secret, at any moment. */
public final class TotpCodes {

    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(
            Duration.ofSeconds(30), 6, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

    private TotpCodes() {}

    public static String at(String secret, Instant when) {
        try {
            return GENERATOR.generateOneTimePasswordString(
                    new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), when, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the current 30-second step has at least a few seconds left, so a code computed now is judged in
     * the same step by the server (no flaky step rollover between computing and checking).
     */
    public static void awaitFreshStep() {
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> Instant.now().getEpochSecond() % 30 < 25);
    }

    public static String now(String secret) {
        return at(secret, Instant.now());
    }

    /** The code of the time step {@code steps} away from now (negative: past). */
    public static String shifted(String secret, int steps) {
        return at(secret, Instant.now().plusSeconds(30L * steps));
    }
}
