package com.aigentforce.realtime;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An event for the connected clients of one tenant. {@code type} has the form {@code area:event}
 * ({@code user:role_updated}, {@code document:processing}); {@code data} is any value Jackson can write as JSON.
 */
public record RealtimeEvent(String type, UUID tenantId, Audience audience, Object data) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]*:[a-z][a-z0-9_]*");

    public RealtimeEvent {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(audience, "audience");
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("Event type must look like area:event, was " + type);
        }
    }
}
