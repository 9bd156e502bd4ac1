package com.aigentforce.identity.internal.sessions;

import com.aigentforce.identity.SessionRevocation;
import com.aigentforce.platform.NotFound;
import com.aigentforce.platform.cluster.ClusterEvictions;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's open sign-in sessions (one per device or browser), which they may list and end. Every query names the
 * tenant and the person, so one person can never see or end another's session.
 */
@Service
public class SignedInSessions implements SessionRevocation {

    /** The session cache of {@code SessionService}: an eviction makes every node re-read the revoked session. */
    private static final String SESSION_CACHE = "session";

    private final JdbcClient jdbc;
    private final ClusterEvictions evictions;

    SignedInSessions(JdbcClient jdbc, ClusterEvictions evictions) {
        this.jdbc = jdbc;
        this.evictions = evictions;
    }

    /** An open session: when it began, when it was last refreshed and from which address, and the browser. */
    public record OpenSession(UUID id, Instant createdAt, Instant lastUsedAt, String ip, String userAgent) {}

    @Transactional(readOnly = true)
    public List<OpenSession> list(UUID tenantId, UUID userId) {
        return jdbc.sql("""
                select id, created_at, coalesce(last_used_at, created_at) as last_used_at, ip, user_agent
                from auth_session
                where tenant_id = :tenant and user_id = :user and revoked_at is null and expires_at > :now
                order by coalesce(last_used_at, created_at) desc, id
                """)
                .param("tenant", tenantId)
                .param("user", userId)
                .param("now", Timestamp.from(Instant.now()))
                .query((rs, n) -> new OpenSession(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("last_used_at").toInstant(),
                        rs.getString("ip"),
                        rs.getString("user_agent")))
                .list();
    }

    /** Ends one of the person's sessions; someone else's (or an unknown) session answers 404. */
    @Transactional
    public void revoke(UUID tenantId, UUID userId, UUID sessionId) {
        List<UUID> ended = revokeWhere(tenantId, userId, "and id = :session", sessionId, "signed-out-elsewhere");
        if (ended.isEmpty()) {
            throw new NotFound("Session", sessionId);
        }
    }

    /** Ends every session of the person except {@code keep} (the one asking); answers how many ended. */
    @Transactional
    public int revokeOthers(UUID tenantId, UUID userId, UUID keep) {
        return revokeWhere(tenantId, userId, "and id <> :session", keep, "signed-out-elsewhere")
                .size();
    }

    @Override
    @Transactional
    public int revokeAll(UUID tenantId, UUID userId, String reason) {
        return revokeWhere(tenantId, userId, "", null, reason).size();
    }

    private List<UUID> revokeWhere(UUID tenantId, UUID userId, String condition, UUID sessionId, String reason) {
        var statement = jdbc.sql("update auth_session set revoked_at = :now, revoke_reason = :reason "
                        + "where tenant_id = :tenant and user_id = :user and revoked_at is null " + condition
                        + " returning id")
                .param("now", Timestamp.from(Instant.now()))
                .param("reason", reason)
                .param("tenant", tenantId)
                .param("user", userId);
        if (sessionId != null) {
            statement = statement.param("session", sessionId);
        }
        List<UUID> ended = statement.query(UUID.class).list();
        if (!ended.isEmpty()) {
            jdbc.sql("delete from refresh_token where session_id in (:ids)")
                    .param("ids", ended)
                    .update();
        }
        ended.forEach(id -> evictions.evict(SESSION_CACHE, id.toString()));
        return ended;
    }
}
