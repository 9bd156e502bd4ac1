package com.aigentforce.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.platform.crypto.SecretTokens;
import com.aigentforce.support.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The mfaToken between password and second factor: five minutes, single use, dead after five wrong codes. */
class MfaChallengesTest extends ApiTestSupport {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    com.aigentforce.support.Fixtures.Org org;

    @BeforeEach
    void setUp() {
        org = fixtures.organisation();
    }

    @Test
    void aTokenLivesFiveMinutes() {
        String token = at(NOW).open(org.tenantId(), org.ownerId(), MfaChallenges.Purpose.VERIFY);
        assertThat(at(NOW.plus(Duration.ofMinutes(4))).find(token, MfaChallenges.Purpose.VERIFY))
                .isPresent();
        assertThat(at(NOW.plus(MfaChallenges.LIFETIME).plusSeconds(1)).find(token, MfaChallenges.Purpose.VERIFY))
                .isEmpty();
    }

    @Test
    void aTokenIsSpentOnceAndOnlyForItsPurpose() {
        MfaChallenges challenges = at(NOW);
        String token = challenges.open(org.tenantId(), org.ownerId(), MfaChallenges.Purpose.VERIFY);
        assertThat(challenges.find(token, MfaChallenges.Purpose.ENROLL)).isEmpty();
        var challenge = challenges.find(token, MfaChallenges.Purpose.VERIFY).orElseThrow();
        assertThat(challenge.userId()).isEqualTo(org.ownerId());
        assertThat(challenges.spend(challenge.id())).isTrue();
        assertThat(challenges.spend(challenge.id())).isFalse();
        assertThat(challenges.find(token, MfaChallenges.Purpose.VERIFY)).isEmpty();
    }

    @Test
    void fiveFailuresKillTheToken() {
        MfaChallenges challenges = at(NOW);
        String token = challenges.open(org.tenantId(), org.ownerId(), MfaChallenges.Purpose.VERIFY);
        var challenge = challenges.find(token, MfaChallenges.Purpose.VERIFY).orElseThrow();
        for (int i = 0; i < MfaChallenges.MAX_FAILURES - 1; i++) {
            challenges.recordFailure(challenge.id());
        }
        assertThat(challenges.find(token, MfaChallenges.Purpose.VERIFY)).isPresent();
        challenges.recordFailure(challenge.id());
        assertThat(challenges.find(token, MfaChallenges.Purpose.VERIFY)).isEmpty();
        assertThat(challenges.spend(challenge.id())).isFalse();
    }

    @Test
    void theTokenIsStoredOnlyAsItsDigest() {
        String token = at(NOW).open(org.tenantId(), org.ownerId(), MfaChallenges.Purpose.VERIFY);
        List<byte[]> stored = tx.execute(s -> jdbc.sql("select token_hash from mfa_challenge where user_id = :user")
                .param("user", org.ownerId())
                .query(byte[].class)
                .list());
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst())
                .isEqualTo(SecretTokens.digest(token))
                .isNotEqualTo(token.getBytes(StandardCharsets.UTF_8));
    }

    private MfaChallenges at(Instant instant) {
        return new MfaChallenges(jdbc, tx, Clock.fixed(instant, ZoneOffset.UTC));
    }
}
