package com.aigentforce.realtime.internal;

import com.aigentforce.platform.Ids;
import java.time.Instant;
import java.util.UUID;

/** What a client receives: {@code {"type","tenantId","data","timestamp","id"}}, timestamp ISO-8601 UTC. */
record Envelope(String type, UUID tenantId, Object data, String timestamp, UUID id) {

    static Envelope of(String type, UUID tenantId, Object data) {
        return new Envelope(type, tenantId, data, Instant.now().toString(), Ids.next());
    }
}
