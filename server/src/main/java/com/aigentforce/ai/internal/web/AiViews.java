package com.aigentforce.ai.internal.web;

import com.aigentforce.ai.internal.engine.ModelCatalog.ConnectionTest;
import com.aigentforce.ai.internal.engine.ModelInfo;
import com.aigentforce.ai.internal.provider.ModelSettings;
import com.aigentforce.ai.internal.provider.Provider;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the AI endpoints answer; a provider's API key never appears, only whether one is saved. */
final class AiViews {

    private AiViews() {}

    record ProviderView(
            UUID id,
            String name,
            String kind,
            String baseUrl,
            boolean apiKeySet,
            String defaultModel,
            List<ModelSettings> models,
            Instant createdAt,
            Instant updatedAt) {

        static ProviderView of(Provider p) {
            return new ProviderView(
                    p.id(),
                    p.name(),
                    p.kind().wireName(),
                    p.baseUrl(),
                    p.sealedApiKey() != null,
                    p.defaultModel(),
                    p.models(),
                    p.createdAt(),
                    p.updatedAt());
        }
    }

    record ConnectionTestView(boolean ok, long latencyMs, List<String> models) {

        static ConnectionTestView of(ConnectionTest test) {
            return new ConnectionTestView(true, test.latency().toMillis(), test.models());
        }
    }

    record ModelView(
            String id,
            UUID provider,
            String providerName,
            String name,
            Integer contextWindow,
            Boolean supportsTools,
            boolean supportsStreaming,
            BigDecimal inputPricePer1M,
            BigDecimal outputPricePer1M,
            boolean listedByProvider,
            boolean configured) {

        static ModelView of(ModelInfo m) {
            return new ModelView(
                    m.id(),
                    m.providerId(),
                    m.providerName(),
                    m.name(),
                    m.contextWindow(),
                    m.supportsTools(),
                    m.supportsStreaming(),
                    m.inputPricePer1M(),
                    m.outputPricePer1M(),
                    m.listedByProvider(),
                    m.configured());
        }
    }
}
