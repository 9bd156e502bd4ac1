package com.aigentforce.ai.internal.engine;

import com.aigentforce.platform.DomainException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * The provider's circuit breaker is open after repeated failures: calls are refused without reaching it until a
 * trial call succeeds. Rendered as 503 {@code ai-provider-unavailable}.
 */
public final class AiProviderUnavailable extends DomainException {

    AiProviderUnavailable(String providerName) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                "ai-provider-unavailable",
                "The model provider '" + providerName
                        + "' failed repeatedly and is paused; it is tried again in a moment",
                Map.of("provider", providerName));
    }
}
