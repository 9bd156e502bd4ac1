package com.aigentforce.ai.internal.provider;

import java.util.Locale;

/**
 * The wire protocol a provider speaks. {@code openai} covers every OpenAI-compatible server (OpenAI, Azure OpenAI,
 * vLLM, LM Studio, llama.cpp's server, LiteLLM); {@code ollama} Ollama's own API; {@code anthropic} the Messages API.
 */
public enum ProviderKind {
    OPENAI,
    OLLAMA,
    ANTHROPIC;

    /** The name in the API and the database. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProviderKind fromWireName(String name) {
        for (ProviderKind kind : values()) {
            if (kind.wireName().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown provider kind " + name);
    }
}
