package com.aigentforce.identity.internal;

import com.aigentforce.platform.web.RequestOrigin;
import com.aigentforce.tenancy.TenantContext;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
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

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AuthSessions sessions;
    private final RefreshTokens tokens;
    private final TransactionTemplate tx;
    private final Duration refreshLifetime;
    private final Duration sessionLifetime;
    private final Cache<UUID, Boolean> active;

    SessionService(AuthSessions sessions, RefreshTokens tokens, TransactionTemplate tx,
            @Value("${aigentforce.security.refresh-token-ttl:14d}") Duration refreshLifetime,
            @Value("${aigentforce.security.session-max-age:30d}") Duration sessionLifetime,
            @Value("${aigentforce.security.session-cache-ttl:10s}") Duration cacheTtl) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.tx = tx;
        this.refreshLifetime = refreshLifetime;
        this.sessionLifetime = sessionLifetime;
        this.active = Caffeine.newBuilder().maximumSize(200_000).expireAfterWrite(cacheTtl).build();
    }

    record Opened(UUID sessionId, String refreshToken) {}

    sealed interface Rotation {
        record Rotated(UUID tenantId, UUID userId, UUID sessionId, String refreshToken) implements Rotation {}

        record Reused(UUID tenantId, UUID userId, UUID sessionId) implements Rotation {}

        record Rejected() implements Rotation {}
    }

    Opened open(UUID tenantId, UUID userId, RequestOrigin origin) {
        return TenantContext.callAs(tenantId, () -> tx.execute(s -> {
            Instant now = Instant.now();
            AuthSession session = sessions.save(new AuthSession(UUID.randomUUID(), tenantId, userId,
                    now.plus(sessionLifetime), origin.ip(), origin.userAgent()));
            String raw = newToken();
            tokens.save(new RefreshToken(tenantId, session.id(), hash(raw), earliest(now.plus(refreshLifetime), session.expiresAt())));
            active.put(session.id(), true);
            return new Opened(session.id(), raw);
        }));
    }

    Rotation rotate(String presented) {
        byte[] hash = hash(presented);
        return TenantContext.callAsSystem(() -> tx.execute(s -> {
            Instant now = Instant.now();
            Optional<RefreshToken> found = tokens.findByTokenHash(hash);
            if (found.isEmpty()) {
                return new Rotation.Rejected();
            }
            RefreshToken token = found.get();
            AuthSession session = sessions.findById(token.sessionId()).orElse(null);
            if (session == null || !session.isActive(now)) {
                return new Rotation.Rejected();
            }
            if (token.usedAt() != null || tokens.markUsed(hash, now) == 0) {
                sessions.revoke(session.id(), "refresh-token-reuse", now);
                active.put(session.id(), false);
                return new Rotation.Reused(session.tenantId(), session.userId(), session.id());
            }
            if (token.expiresAt().isBefore(now)) {
                return new Rotation.Rejected();
            }
            String raw = newToken();
            tokens.save(new RefreshToken(session.tenantId(), session.id(), hash(raw),
                    earliest(now.plus(refreshLifetime), session.expiresAt())));
            return new Rotation.Rotated(session.tenantId(), session.userId(), session.id(), raw);
        }));
    }

    void revoke(UUID sessionId, String reason) {
        TenantContext.runAs(TenantContext.SYSTEM, () -> tx.executeWithoutResult(s -> {
            sessions.revoke(sessionId, reason, Instant.now());
            tokens.deleteBySession(sessionId);
        }));
        active.put(sessionId, false);
    }

    /** Whether access tokens of this session are still good; cached briefly, revocations on this node are immediate. */
    boolean isActive(UUID sessionId) {
        return active.get(sessionId, id -> TenantContext.callAsSystem(() -> tx.execute(s ->
                sessions.findById(id).map(session -> session.isActive(Instant.now())).orElse(false))));
    }

    @Scheduled(fixedDelayString = "${aigentforce.security.token-cleanup-interval:1h}")
    void deleteExpiredTokens() {
        TenantContext.runAs(TenantContext.SYSTEM, () -> tx.executeWithoutResult(s ->
                tokens.deleteExpired(Instant.now().minus(Duration.ofDays(1)))));
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static String newToken() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return "afr_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
