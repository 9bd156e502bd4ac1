package com.aigentforce.audit;

import com.aigentforce.platform.security.Caller;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.platform.web.RequestOrigin;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A security or administrative fact to record in the tenant's audit trail. Modules publish it as an application
 * event inside their transaction; the audit module persists it after commit through the event publication
 * registry, so a committed change is never missing from the trail.
 *
 * <p>{@link #byCurrentCaller} is the entry point for what a signed-in person does; {@link Actor} builds the other
 * actors (a person before they are signed in, the system) so no call site assembles one by hand. {@link #named}
 * keeps the target's display name in the entry, so it still reads after the target is deleted or renamed.
 */
public record AuditEvent(
        UUID tenantId,
        String action,
        Actor actor,
        String targetType,
        String targetId,
        String targetName,
        Map<String, Object> details,
        Instant occurredAt) {

    public AuditEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
    }

    public static AuditEvent of(
            UUID tenantId,
            String action,
            Actor actor,
            String targetType,
            Object targetId,
            Map<String, Object> details) {
        return new AuditEvent(
                tenantId,
                action,
                actor,
                targetType,
                targetId == null ? null : targetId.toString(),
                null,
                details,
                Instant.now());
    }

    /** The same event, keeping the target's display name as it is now (a title, a name, an email). */
    public AuditEvent named(String name) {
        return new AuditEvent(tenantId, action, actor, targetType, targetId, name, details, occurredAt);
    }

    /** What the signed-in caller of the current request did, in their tenant, from the request's origin. */
    public static AuditEvent byCurrentCaller(
            String action, String targetType, Object targetId, Map<String, Object> details) {
        Caller caller = CurrentCaller.get();
        return of(caller.tenantId(), action, Actor.of(caller), targetType, targetId, details);
    }

    /**
     * Who did it and from where; {@code apiKeyId} and {@code apiKeyName} name the API key when the person acted
     * through one (the name as it was then).
     */
    public record Actor(UUID userId, String email, String ip, String userAgent, UUID apiKeyId, String apiKeyName) {

        /** Background work (retention purges, scheduled jobs): nobody in particular, from nowhere. */
        public static final Actor SYSTEM = new Actor(null, null, null, null);

        public Actor(UUID userId, String email, String ip, String userAgent) {
            this(userId, email, ip, userAgent, null, null);
        }

        /** A signed-in caller, from the current request's origin. */
        public static Actor of(Caller caller) {
            return of(caller, RequestOrigin.current());
        }

        /** A signed-in caller, from an origin already read from the request. */
        public static Actor of(Caller caller, RequestOrigin origin) {
            return new Actor(
                    caller.userId(),
                    caller.email(),
                    origin.ip(),
                    origin.userAgent(),
                    caller.apiKeyId(),
                    caller.apiKeyName());
        }

        /** A person not (yet) signed in — registering, signing in, accepting an invitation — from the current request. */
        public static Actor person(UUID userId, String email) {
            return person(userId, email, RequestOrigin.current());
        }

        public static Actor person(UUID userId, String email, RequestOrigin origin) {
            return new Actor(userId, email, origin.ip(), origin.userAgent());
        }
    }
}
