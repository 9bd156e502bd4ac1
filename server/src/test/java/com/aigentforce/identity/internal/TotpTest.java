package com.aigentforce.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TotpTest {

    // RFC 6238 appendix B: the SHA-1 secret "12345678901234567890" in Base32
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:10Z");

    @Test
    void generatesTheRfc6238TestVectors() {
        Totp totp = new Totp(Clock.systemUTC());
        assertThat(totp.codeAt(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59))))
                .isEqualTo("287082");
        assertThat(totp.codeAt(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109))))
                .isEqualTo("081804");
        assertThat(totp.codeAt(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000))))
                .isEqualTo("279037");
    }

    @Test
    void acceptsACodeFromAClockThirtySecondsAheadOrBehind() {
        String code = new Totp(Clock.systemUTC()).codeAt(RFC_SECRET, Totp.step(NOW));
        assertThat(at(NOW.plusSeconds(30)).verify(RFC_SECRET, code, null)).hasValue(Totp.step(NOW));
        assertThat(at(NOW.minusSeconds(30)).verify(RFC_SECRET, code, null)).hasValue(Totp.step(NOW));
        assertThat(at(NOW).verify(RFC_SECRET, code, null)).hasValue(Totp.step(NOW));
    }

    @Test
    void refusesACodeFromAClockSixtySecondsAheadOrBehind() {
        String code = new Totp(Clock.systemUTC()).codeAt(RFC_SECRET, Totp.step(NOW));
        assertThat(at(NOW.plusSeconds(60)).verify(RFC_SECRET, code, null)).isEmpty();
        assertThat(at(NOW.minusSeconds(60)).verify(RFC_SECRET, code, null)).isEmpty();
    }

    @Test
    void refusesACodeOfAStepAlreadyUsed() {
        Totp totp = at(NOW);
        String code = totp.codeAt(RFC_SECRET, Totp.step(NOW));
        assertThat(totp.verify(RFC_SECRET, code, Totp.step(NOW))).isEmpty();
        assertThat(totp.verify(RFC_SECRET, code, Totp.step(NOW) - 1)).hasValue(Totp.step(NOW));
    }

    @Test
    void refusesMalformedCodes() {
        Totp totp = at(NOW);
        assertThat(totp.verify(RFC_SECRET, "12345", null)).isEmpty();
        assertThat(totp.verify(RFC_SECRET, "abcdef", null)).isEmpty();
        assertThat(totp.verify(RFC_SECRET, null, null)).isEmpty();
    }

    @Test
    void newSecretsAreBase32OfTwentyBytesAndTheUriNamesIssuerAndAccount() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Totp.otpauthUri("AiGentForce", "ann@example.test", secret))
                .isEqualTo("otpauth://totp/AiGentForce:ann%40example.test?secret=" + secret
                        + "&issuer=AiGentForce&algorithm=SHA1&digits=6&period=30");
    }

    private static Totp at(Instant instant) {
        return new Totp(Clock.fixed(instant, ZoneOffset.UTC));
    }
}
