package com.aigentforce.ai.internal.engine;

import com.aigentforce.ai.internal.provider.Provider;
import com.aigentforce.ai.internal.provider.ProviderService;
import com.aigentforce.platform.outbound.GuardedLangChainHttp;
import com.aigentforce.platform.outbound.OutboundHttp;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicModelCatalog;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaModel;
import dev.langchain4j.model.ollama.OllamaModels;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiModelCatalog;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * LangChain4j's clients for a provider, all on {@link GuardedLangChainHttp} with the engine's timeouts and without
 * their own retries (the engine retries). Built per call: they hold no connections of their own, and a provider's
 * settings may have changed since the last one.
 */
@Component
class ChatClients {

    /** Anthropic's Messages API requires max_tokens; used when a request does not set one. */
    static final int ANTHROPIC_DEFAULT_MAX_TOKENS = 1024;

    private final OutboundHttp outbound;
    private final ProviderService providers;
    private final AiProperties properties;

    ChatClients(OutboundHttp outbound, ProviderService providers, AiProperties properties) {
        this.outbound = outbound;
        this.providers = providers;
        this.properties = properties;
    }

    private HttpClientBuilder http() {
        return new GuardedLangChainHttp(outbound, properties.connectTimeout(), properties.readTimeout());
    }

    ChatModel chat(Provider provider, String model, Integer maxOutputTokens) {
        String key = providers.apiKey(provider);
        return switch (provider.kind()) {
            case OPENAI -> {
                var b = OpenAiChatModel.builder()
                        .httpClientBuilder(http())
                        .baseUrl(provider.baseUrl())
                        .modelName(model)
                        .maxRetries(0);
                yield (key == null ? b : b.apiKey(key)).build();
            }
            case OLLAMA ->
                OllamaChatModel.builder()
                        .httpClientBuilder(http())
                        .baseUrl(provider.baseUrl())
                        .modelName(model)
                        .maxRetries(0)
                        .build();
            case ANTHROPIC ->
                AnthropicChatModel.builder()
                        .httpClientBuilder(http())
                        .baseUrl(provider.baseUrl())
                        .apiKey(key == null ? "" : key)
                        .modelName(model)
                        .maxTokens(maxOutputTokens == null ? ANTHROPIC_DEFAULT_MAX_TOKENS : maxOutputTokens)
                        .maxRetries(0)
                        .build();
        };
    }

    StreamingChatModel streaming(Provider provider, String model, Integer maxOutputTokens) {
        String key = providers.apiKey(provider);
        return switch (provider.kind()) {
            case OPENAI -> {
                var b = OpenAiStreamingChatModel.builder()
                        .httpClientBuilder(http())
                        .baseUrl(provider.baseUrl())
                        .modelName(model);
                yield (key == null ? b : b.apiKey(key)).build();
            }
            case OLLAMA ->
                OllamaStreamingChatModel.builder()
                        .httpClientBuilder(http())
                        .baseUrl(provider.baseUrl())
                        .modelName(model)
                        .build();
            case ANTHROPIC ->
                AnthropicStreamingChatModel.builder()
                        .httpClientBuilder(http())
                        .baseUrl(provider.baseUrl())
                        .apiKey(key == null ? "" : key)
                        .modelName(model)
                        .maxTokens(maxOutputTokens == null ? ANTHROPIC_DEFAULT_MAX_TOKENS : maxOutputTokens)
                        .build();
        };
    }

    /** The names of the models the provider lists itself (OpenAI's and Anthropic's /models, Ollama's /api/tags). */
    List<String> listModels(Provider provider) {
        String key = providers.apiKey(provider);
        return switch (provider.kind()) {
            case OPENAI -> {
                var b = OpenAiModelCatalog.builder().httpClientBuilder(http()).baseUrl(provider.baseUrl());
                yield (key == null ? b : b.apiKey(key))
                        .build().listModels().stream().map(m -> m.name()).toList();
            }
            case ANTHROPIC ->
                AnthropicModelCatalog.builder()
                        .httpClientBuilder(http())
                        .baseUrl(provider.baseUrl())
                        .apiKey(key == null ? "" : key)
                        .build()
                        .listModels()
                        .stream()
                        .map(m -> m.name())
                        .toList();
            case OLLAMA ->
                OllamaModels.builder()
                        .httpClientBuilder(http())
                        .baseUrl(provider.baseUrl())
                        .maxRetries(0)
                        .build()
                        .availableModels()
                        .content()
                        .stream()
                        .map(OllamaModel::getName)
                        .toList();
        };
    }
}
