package com.aigentforce.ai.internal.engine;

import com.aigentforce.platform.DomainException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A provider did not give a usable answer: it answered an error (quoted in its own words), garbage (malformed JSON, a
 * stream cut off, an unknown finish reason), nothing in time, or could not be reached. Rendered as 502
 * {@code ai-provider-failed} with {@code provider}, {@code reason} and, when it answered one, {@code providerStatus}.
 */
public final class AiProviderFailed extends DomainException {

    private final String reason;
    private final Integer providerStatus;
    private final boolean retriable;
    private final transient Duration retryAfter;

    AiProviderFailed(String providerName, String reason, Integer providerStatus, boolean retriable) {
        this(providerName, reason, providerStatus, retriable, null);
    }

    AiProviderFailed(
            String providerName, String reason, Integer providerStatus, boolean retriable, Duration retryAfter) {
        super(
                HttpStatus.BAD_GATEWAY,
                "ai-provider-failed",
                "The model provider '" + providerName + "' failed: " + reason,
                properties(providerName, reason, providerStatus));
        this.reason = reason;
        this.providerStatus = providerStatus;
        this.retriable = retriable;
        this.retryAfter = retryAfter;
    }

    private static Map<String, Object> properties(String provider, String reason, Integer status) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("provider", provider);
        p.put("reason", reason);
        if (status != null) {
            p.put("providerStatus", status);
        }
        return p;
    }

    public String reason() {
        return reason;
    }

    public Integer providerStatus() {
        return providerStatus;
    }

    /** The wait the provider asked for before another attempt (its Retry-After), or null. */
    Duration retryAfter() {
        return retryAfter;
    }

    /** Whether the same request may succeed later (408, 429, 5xx, a refused connection). */
    public boolean retriable() {
        return retriable;
    }
}
