package com.aigentforce.identity.internal.sessions;

import com.aigentforce.platform.Forbidden;
import com.aigentforce.platform.security.Caller;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.platform.security.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth/sessions")
@Tag(name = "Authentication")
class SessionController {

    private final SignedInSessions sessions;

    SessionController(SignedInSessions sessions) {
        this.sessions = sessions;
    }

    record SessionView(
            UUID id,
            String device,
            String userAgent,
            Instant createdAt,
            Instant lastUsedAt,
            String ip,
            boolean current) {}

    @GetMapping
    @RequiresPermission("profile:read")
    @Operation(
            summary = "The caller's signed-in devices",
            description =
                    "Open sessions, most recently used first; `lastUsedAt` and `ip` are those of the latest token refresh, `current` marks the session asking.")
    List<SessionView> list() {
        Caller caller = signedIn();
        return sessions.list(caller.tenantId(), caller.userId()).stream()
                .map(s -> new SessionView(
                        s.id(),
                        Devices.describe(s.userAgent()),
                        s.userAgent(),
                        s.createdAt(),
                        s.lastUsedAt(),
                        s.ip(),
                        s.id().equals(caller.sessionId())))
                .toList();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission("profile:read")
    @Operation(
            summary = "Sign out one of the caller's sessions",
            description =
                    "Its refresh token dies and its access tokens stop working at once. Another person's session answers 404.")
    void revoke(@PathVariable UUID id) {
        Caller caller = signedIn();
        sessions.revoke(caller.tenantId(), caller.userId(), id);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission("profile:read")
    @Operation(summary = "Sign out every session of the caller except the current one")
    void revokeOthers() {
        Caller caller = signedIn();
        sessions.revokeOthers(caller.tenantId(), caller.userId(), caller.sessionId());
    }

    private static Caller signedIn() {
        Caller caller = CurrentCaller.get();
        if (caller.viaApiKey() || caller.sessionId() == null) {
            throw new Forbidden("api-key-not-allowed", "An API key has no signed-in sessions");
        }
        return caller;
    }
}
