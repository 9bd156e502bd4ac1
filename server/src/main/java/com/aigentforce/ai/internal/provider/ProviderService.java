package com.aigentforce.ai.internal.provider;

import com.aigentforce.audit.AuditEvent;
import com.aigentforce.platform.Conflict;
import com.aigentforce.platform.InvalidField;
import com.aigentforce.platform.NotFound;
import com.aigentforce.platform.crypto.SecretCipher;
import com.aigentforce.platform.outbound.OutboundHttp;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's model providers: saved with their base URL checked against the outbound-HTTP guard, the API key
 * sealed, every change audited (never with the key).
 */
@Service
public class ProviderService {

    private static final UUID NO_ID = new UUID(0, 0);

    private final Providers providers;
    private final SecretCipher cipher;
    private final OutboundHttp outbound;
    private final ApplicationEventPublisher events;

    ProviderService(Providers providers, SecretCipher cipher, OutboundHttp outbound, ApplicationEventPublisher events) {
        this.providers = providers;
        this.cipher = cipher;
        this.outbound = outbound;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Provider> list() {
        return providers.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public Page<Provider> list(Pageable pageable) {
        return providers.findAll(pageable);
    }

    @Transactional(readOnly = true)
    public Provider get(UUID id) {
        return providers.findById(id).orElseThrow(() -> new NotFound("Provider", id));
    }

    /** The provider's API key in clear, for a request to it (null without one). */
    public String apiKey(Provider provider) {
        return provider.sealedApiKey() == null ? null : cipher.open(provider.sealedApiKey());
    }

    @Transactional
    public Provider create(ProviderCommand command) {
        Provider provider = new Provider(command.kind());
        apply(provider, NO_ID, command);
        Provider saved = providers.save(provider);
        audit("ai.provider.created", saved, command);
        return saved;
    }

    @Transactional
    public Provider update(UUID id, ProviderCommand command) {
        Provider provider = get(id);
        apply(provider, id, command);
        audit("ai.provider.updated", provider, command);
        return provider;
    }

    /** Replaces one model's settings (e.g. its prices), keeping the rest of the provider as it is. */
    @Transactional
    public Provider updateModel(UUID id, ModelSettings settings) {
        Provider provider = get(id);
        Map<String, ModelSettings> byName = new LinkedHashMap<>();
        provider.models().forEach(m -> byName.put(m.name(), m));
        byName.put(settings.name(), settings);
        provider.update(
                provider.name(),
                provider.kind(),
                provider.baseUrl(),
                provider.defaultModel(),
                List.copyOf(byName.values()));
        events.publishEvent(AuditEvent.byCurrentCaller(
                "ai.model.updated",
                "ai_provider",
                provider.id(),
                Map.of(
                        "model", settings.name(),
                        "inputPricePer1M", String.valueOf(settings.inputPricePer1M()),
                        "outputPricePer1M", String.valueOf(settings.outputPricePer1M()))));
        return provider;
    }

    @Transactional
    public void delete(UUID id) {
        Provider provider = get(id);
        providers.delete(provider);
        events.publishEvent(
                AuditEvent.byCurrentCaller("ai.provider.deleted", "ai_provider", id, Map.of("name", provider.name())));
    }

    private void apply(Provider provider, UUID id, ProviderCommand command) {
        URI url = baseUrl(command.baseUrl());
        outbound.checkTarget(url);
        if (providers.nameTakenByOther(command.name().strip(), id)) {
            throw new Conflict(
                    "provider-name-taken", "A provider named '" + command.name().strip() + "' exists");
        }
        Set<String> names = new HashSet<>();
        for (ModelSettings model : command.models()) {
            if (!names.add(model.name())) {
                throw new InvalidField("models", "the model '" + model.name() + "' is listed twice");
            }
        }
        provider.update(command.name(), command.kind(), command.baseUrl(), command.defaultModel(), command.models());
        if (command.apiKey().change()) {
            String key = command.apiKey().value();
            provider.sealedApiKey(key == null || key.isBlank() ? null : cipher.seal(key.strip()));
        }
    }

    private static URI baseUrl(String value) {
        URI url;
        try {
            url = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new InvalidField("baseUrl", "is not a URL");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new InvalidField("baseUrl", "must be an http or https URL with a host");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            throw new InvalidField("baseUrl", "must not carry credentials, a query or a fragment");
        }
        return url;
    }

    private void audit(String action, Provider provider, ProviderCommand command) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", provider.name());
        details.put("kind", provider.kind().wireName());
        details.put("baseUrl", provider.baseUrl());
        details.put("apiKey", !command.apiKey().change() ? "kept" : provider.sealedApiKey() == null ? "none" : "set");
        details.put("models", provider.models().size());
        events.publishEvent(AuditEvent.byCurrentCaller(action, "ai_provider", provider.id(), details));
    }
}
