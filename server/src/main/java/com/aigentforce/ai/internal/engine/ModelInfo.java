package com.aigentforce.ai.internal.engine;

import com.aigentforce.ai.internal.provider.ModelSettings;
import com.aigentforce.ai.internal.provider.Provider;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A usable model: one the provider lists itself, one an administrator configured, or both (then the configured facts
 * and prices apply). Its id is {@code <provider id>:<model name>}. Unknown facts are null; every protocol here streams.
 */
public record ModelInfo(
        String id,
        UUID providerId,
        String providerName,
        String name,
        boolean listedByProvider,
        boolean configured,
        Integer contextWindow,
        Boolean supportsTools,
        boolean supportsStreaming,
        BigDecimal inputPricePer1M,
        BigDecimal outputPricePer1M) {

    static ModelInfo of(Provider provider, String name, ModelSettings settings, boolean listed) {
        ModelSettings s = settings == null ? ModelSettings.named(name) : settings;
        return new ModelInfo(
                provider.id() + ":" + name,
                provider.id(),
                provider.name(),
                name,
                listed,
                settings != null,
                s.contextWindow(),
                s.supportsTools(),
                s.supportsStreaming() == null || s.supportsStreaming(),
                s.inputPricePer1M(),
                s.outputPricePer1M());
    }
}
