package com.aigentforce.identity.internal;

import com.aigentforce.platform.Ids;
import com.aigentforce.platform.crypto.SecretTokens;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mfaToken handed out between the password step and the second factor: random, stored as a digest, valid for
 * five minutes, spent by the first success, and dead after {@link #MAX_FAILURES} wrong codes. Looked up before any
 * tenant is known (like a refresh token), so plain SQL by digest.
 */
@Component
class MfaChallenges {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int MAX_FAILURES = 5;

    /** What the token allows: the second factor of a sign-in, or the enrolment a policy demands first. */
    enum Purpose {
        VERIFY,
        ENROLL
    }

    record Challenge(UUID id, UUID tenantId, UUID userId, Purpose purpose) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    @Autowired
    MfaChallenges(JdbcClient jdbc, TransactionTemplate tx) {
        this(jdbc, tx, Clock.systemUTC());
    }

    MfaChallenges(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    String open(UUID tenantId, UUID userId, Purpose purpose) {
        String token = "afm_" + SecretTokens.random(32);
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> jdbc.sql("""
                        insert into mfa_challenge (id, tenant_id, user_id, token_hash, purpose, created_at, expires_at)
                        values (:id, :tenant, :user, :hash, :purpose, :now, :expires)
                        """)
                .param("id", Ids.next())
                .param("tenant", tenantId)
                .param("user", userId)
                .param("hash", SecretTokens.digest(token))
                .param("purpose", purpose.name())
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(LIFETIME)))
                .update());
        return token;
    }

    /** The challenge if the token is live (unspent, unexpired, not killed by failures) and has this purpose. */
    Optional<Challenge> find(String token, Purpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tx.execute(s -> jdbc.sql("""
                        select id, tenant_id, user_id, purpose from mfa_challenge
                        where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
                          and failures < :max
                        """)
                .param("hash", SecretTokens.digest(token))
                .param("purpose", purpose.name())
                .param("now", Timestamp.from(clock.instant()))
                .param("max", MAX_FAILURES)
                .query((rs, n) -> new Challenge(
                        rs.getObject("id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        Purpose.valueOf(rs.getString("purpose"))))
                .optional());
    }

    /** Spends the challenge; false if another request spent it first (or it died meanwhile). */
    boolean spend(UUID id) {
        return tx.execute(s -> jdbc.sql("update mfa_challenge set used_at = :now where id = :id and used_at is null "
                                + "and expires_at > :now and failures < :max")
                        .param("now", Timestamp.from(clock.instant()))
                        .param("id", id)
                        .param("max", MAX_FAILURES)
                        .update()
                == 1);
    }

    void recordFailure(UUID id) {
        tx.executeWithoutResult(s -> jdbc.sql("update mfa_challenge set failures = failures + 1 where id = :id")
                .param("id", id)
                .update());
    }

    @Scheduled(fixedDelayString = "${aigentforce.security.token-cleanup-interval:1h}")
    void deleteExpired() {
        tx.executeWithoutResult(s -> jdbc.sql("delete from mfa_challenge where expires_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(Duration.ofHours(1))))
                .update());
    }
}
