package com.aigentforce.platform.security;

import java.util.Set;
import java.util.UUID;

/**
 * The authenticated principal of a request: who (user), in which tenant, through which session, holding which
 * permissions. Set by the identity module; read by every module through {@link CurrentCaller}. A request made with
 * an API key has no session; it acts as the key's creator with {@code apiKeyId} (and the key's name, for the audit
 * trail) set and the key's permissions.
 */
public record Caller(
        UUID userId,
        UUID tenantId,
        UUID sessionId,
        String email,
        Set<String> permissions,
        UUID apiKeyId,
        String apiKeyName) {

    /** A person signed in through a session (access token). */
    public Caller(UUID userId, UUID tenantId, UUID sessionId, String email, Set<String> permissions) {
        this(userId, tenantId, sessionId, email, permissions, null, null);
    }

    public boolean has(String permission) {
        return permissions.contains(permission);
    }

    public boolean viaApiKey() {
        return apiKeyId != null;
    }
}
