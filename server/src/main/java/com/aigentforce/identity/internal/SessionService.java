package com.aigentforce.identity.internal;

import com.aigentforce.platform.Ids;
import com.aigentforce.platform.cluster.ClusterEvictions;
import com.aigentforce.platform.crypto.SecretTokens;
import com.aigentforce.platform.web.RequestOrigin;
import com.aigentforce.tenancy.TenantContext;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in sessions and their rotating refresh tokens. Refresh tokens are opaque, stored hashed and single use;
 * presenting a used one revokes the whole session (token family), which also stops its access tokens at once
 * because every request checks the session through {@link #isActive(UUID)}.
 */
@Component
class SessionService {

    private final AuthSessions sessions;
    private final RefreshTokens tokens;
    private final TransactionTemplate tx;
    // rotation is plain JDBC in auto-commit mode: the statement is its own transaction (one round trip, no ORM
    // session, no transaction manager)
    private final JdbcClient autoCommit;
    private final Duration refreshLifetime;
    private final Duration sessionLifetime;
    private final Cache<UUID, Boolean> active;
    private final ClusterEvictions evictions;

    SessionService(
            AuthSessions sessions,
            RefreshTokens tokens,
            TransactionTemplate tx,
            DataSource dataSource,
            SecurityProperties properties,
            ClusterEvictions evictions) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.tx = tx;
        this.autoCommit = JdbcClient.create(new AutoCommitDataSource(dataSource));
        this.refreshLifetime = properties.refreshTokenTtl();
        this.sessionLifetime = properties.sessionMaxAge();
        this.active = Caffeine.newBuilder()
                .maximumSize(200_000)
                .expireAfterWrite(properties.sessionCacheTtl())
                .build();
        this.evictions = evictions;
        evictions.register("session", key -> active.invalidate(UUID.fromString(key)));
    }

    record Opened(UUID sessionId, String refreshToken) {}

    sealed interface Rotation {
        record Rotated(UUID tenantId, UUID userId, UUID sessionId, String refreshToken) implements Rotation {}

        record Reused(UUID tenantId, UUID userId, UUID sessionId) implements Rotation {}

        record Rejected() implements Rotation {}
    }

    Opened open(UUID tenantId, UUID userId, RequestOrigin origin) {
        return TenantContext.callAs(
                tenantId,
                () -> tx.execute(s -> {
                    Instant now = Instant.now();
                    AuthSession session = sessions.save(new AuthSession(
                            UUID.randomUUID(),
                            tenantId,
                            userId,
                            now.plus(sessionLifetime),
                            origin.ip(),
                            origin.userAgent()));
                    String raw = newToken();
                    tokens.save(new RefreshToken(
                            tenantId,
                            session.id(),
                            hash(raw),
                            earliest(now.plus(refreshLifetime), session.expiresAt())));
                    active.put(session.id(), true);
                    return new Opened(session.id(), raw);
                }));
    }

    /**
     * Spends a refresh token and issues its successor in one statement, which is its own transaction (auto-commit:
     * one round trip to the database): the token is marked used only if it was unused, and the successor is inserted
     * only if the token and its session are still valid. Plain SQL here on purpose: the lookup is by a 256-bit secret
     * across all tenants, before any tenant is known, and this is the hottest write path of the platform.
     *
     * <p>A successful rotation commits without waiting for its WAL flush ({@code synchronous_commit off} for this
     * transaction only): if the database crashed in the next few hundred milliseconds the rotation would be lost,
     * so the client's new token would not exist (it signs in again) and the spent one would count as unused once
     * more. Reuse revocations ({@link #reuseOrReject}) keep full durability. A rotation also records the session's
     * last use and the address and browser it came from, which the person sees in their list of signed-in devices.
     */
    Rotation rotate(String presented, RequestOrigin origin) {
        byte[] hash = hash(presented);
        String successor = newToken();
        Instant now = Instant.now();
        Optional<Spent> spent = autoCommit
                .sql("""
                    with spent as (
                        update refresh_token t set used_at = :now
                        from auth_session s
                        where t.token_hash = :hash and t.used_at is null and s.id = t.session_id
                        returning t.session_id, t.tenant_id, s.user_id, t.expires_at,
                                  s.revoked_at is null and s.expires_at > :now and t.expires_at > :now as valid,
                                  s.expires_at as session_expires_at
                    ), successor as (
                        insert into refresh_token (id, tenant_id, session_id, token_hash, created_at, expires_at)
                        select :id, tenant_id, session_id, :successorHash, :now, least(:successorExpires, session_expires_at)
                        from spent where valid
                    ), touched as (
                        update auth_session set last_used_at = :now, ip = coalesce(cast(:ip as text), ip),
                                                user_agent = coalesce(cast(:agent as text), user_agent)
                        where id = (select session_id from spent where valid)
                    )
                    select session_id, tenant_id, user_id, valid,
                           set_config('synchronous_commit', 'off', true) as relaxed
                    from spent
                    """)
                .param("now", Timestamp.from(now))
                .param("hash", hash)
                .param("id", Ids.next())
                .param("successorHash", hash(successor))
                .param("successorExpires", Timestamp.from(now.plus(refreshLifetime)))
                .param("ip", origin.ip())
                .param("agent", origin.userAgent())
                .query((rs, n) -> new Spent(
                        rs.getObject("session_id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        rs.getBoolean("valid")))
                .optional();
        if (spent.isEmpty()) {
            return reuseOrReject(hash, now);
        }
        Spent token = spent.get();
        return token.valid()
                ? new Rotation.Rotated(token.tenantId(), token.userId(), token.sessionId(), successor)
                : new Rotation.Rejected();
    }

    /** The token was not spendable: either it was used before (reuse: revoke the family) or it never existed. */
    private Rotation reuseOrReject(byte[] hash, Instant now) {
        Optional<Spent> used = autoCommit
                .sql("""
                select t.session_id, t.tenant_id, s.user_id, true as valid
                from refresh_token t join auth_session s on s.id = t.session_id
                where t.token_hash = :hash and t.used_at is not null
                """)
                .param("hash", hash)
                .query((rs, n) -> new Spent(
                        rs.getObject("session_id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        rs.getBoolean("valid")))
                .optional();
        if (used.isEmpty()) {
            return new Rotation.Rejected();
        }
        Spent token = used.get();
        autoCommit
                .sql("update auth_session set revoked_at = :now, revoke_reason = 'refresh-token-reuse' "
                        + "where id = :id and revoked_at is null")
                .param("now", Timestamp.from(now))
                .param("id", token.sessionId())
                .update();
        active.put(token.sessionId(), false);
        evictions.evict("session", token.sessionId().toString());
        active.put(token.sessionId(), false);
        return new Rotation.Reused(token.tenantId(), token.userId(), token.sessionId());
    }

    private record Spent(UUID sessionId, UUID tenantId, UUID userId, boolean valid) {}

    void revoke(UUID sessionId, String reason) {
        TenantContext.runAs(
                TenantContext.SYSTEM,
                () -> tx.executeWithoutResult(s -> {
                    sessions.revoke(sessionId, reason, Instant.now());
                    tokens.deleteBySession(sessionId);
                }));
        active.put(sessionId, false);
        evictions.evict("session", sessionId.toString()); // other nodes re-read the revoked session
        active.put(sessionId, false);
    }

    /** Whether access tokens of this session are still good; cached briefly, revocations on this node are immediate. */
    boolean isActive(UUID sessionId) {
        return active.get(
                sessionId,
                id -> TenantContext.callAsSystem(() -> tx.execute(s -> sessions.findById(id)
                        .map(session -> session.isActive(Instant.now()))
                        .orElse(false))));
    }

    @Scheduled(fixedDelayString = "${aigentforce.security.token-cleanup-interval:1h}")
    void deleteExpiredTokens() {
        TenantContext.runAs(
                TenantContext.SYSTEM,
                () -> tx.executeWithoutResult(
                        s -> tokens.deleteExpired(Instant.now().minus(Duration.ofDays(1)))));
    }

    /** Hands out pooled connections in auto-commit mode (the pool's default is off); the pool resets them. */
    private static final class AutoCommitDataSource extends DelegatingDataSource {

        AutoCommitDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            connection.setAutoCommit(true);
            return connection;
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static String newToken() {
        return "afr_" + SecretTokens.random(32);
    }

    static byte[] hash(String token) {
        return SecretTokens.digest(token);
    }
}
