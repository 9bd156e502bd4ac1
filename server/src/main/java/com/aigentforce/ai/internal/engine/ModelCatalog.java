package com.aigentforce.ai.internal.engine;

import com.aigentforce.ai.internal.provider.ModelSettings;
import com.aigentforce.ai.internal.provider.Provider;
import com.aigentforce.ai.internal.provider.ProviderService;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The models of the tenant's providers: each provider's own list (asked at most once per {@code model-list-ttl} per
 * provider version; a provider that cannot be asked contributes its configured models only) merged with the models
 * administrators configured; and the connection test, which always asks.
 */
@Component
public class ModelCatalog {

    private static final Logger LOGGER = LoggerFactory.getLogger(ModelCatalog.class);

    private final ProviderService providers;
    private final ChatClients clients;
    private final Resilience resilience;
    private final Cache<String, List<String>> listed;

    ModelCatalog(ProviderService providers, ChatClients clients, Resilience resilience, AiProperties properties) {
        this.providers = providers;
        this.clients = clients;
        this.resilience = resilience;
        this.listed = Caffeine.newBuilder()
                .expireAfterWrite(properties.modelListTtl())
                .maximumSize(10_000)
                .build();
    }

    /** The result of a connection test: the provider answered its model list in {@code latency}. */
    public record ConnectionTest(Duration latency, List<String> models) {}

    /** Asks the provider for its models now; its failure is the test's answer ({@link AiProviderFailed}). */
    public ConnectionTest test(UUID providerId) {
        Provider provider = providers.get(providerId);
        long start = System.nanoTime();
        List<String> names = resilience.call(provider, () -> clients.listModels(provider), () -> false);
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        listed.put(cacheKey(provider), List.copyOf(names));
        return new ConnectionTest(latency, names);
    }

    /** Every usable model of every provider of the tenant, by provider name then model name. */
    public List<ModelInfo> models() {
        List<ModelInfo> all = new ArrayList<>();
        for (Provider provider : providers.list()) {
            all.addAll(models(provider));
        }
        return all;
    }

    public List<ModelInfo> models(Provider provider) {
        Map<String, ModelSettings> configured = new LinkedHashMap<>();
        provider.models().forEach(m -> configured.put(m.name(), m));
        List<String> names = listedModels(provider);
        List<ModelInfo> models = new ArrayList<>();
        for (String name : names.stream().sorted().toList()) {
            models.add(ModelInfo.of(provider, name, configured.remove(name), true));
        }
        configured.values().forEach(s -> models.add(ModelInfo.of(provider, s.name(), s, false)));
        return models;
    }

    private List<String> listedModels(Provider provider) {
        List<String> cached = listed.getIfPresent(cacheKey(provider));
        if (cached != null) {
            return cached;
        }
        try {
            List<String> names =
                    List.copyOf(resilience.call(provider, () -> clients.listModels(provider), () -> false));
            listed.put(cacheKey(provider), names);
            return names;
        } catch (RuntimeException e) {
            LOGGER.info("Provider(id={}) did not list its models: {}", provider.id(), e.getMessage());
            return List.of();
        }
    }

    private static String cacheKey(Provider provider) {
        return provider.id() + "@" + provider.version();
    }
}
