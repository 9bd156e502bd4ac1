package com.aigentforce.platform.security;

import java.util.Set;
import java.util.UUID;

/**
 * The authenticated principal of a request: who (user), in which tenant, through which session, holding which
 * permissions. Set by the identity module; read by every module through {@link CurrentCaller}.
 */
public record Caller(UUID userId, UUID tenantId, UUID sessionId, String email, Set<String> permissions) {

    public boolean has(String permission) {
        return permissions.contains(permission);
    }
}
