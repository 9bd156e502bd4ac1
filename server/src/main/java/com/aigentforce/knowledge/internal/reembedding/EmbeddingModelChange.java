package com.aigentforce.knowledge.internal.reembedding;

import com.aigentforce.knowledge.internal.embedding.EmbeddingModelSpec;

/**
 * A knowledge base's new embedding model: the built-in one, or an OpenAI-compatible endpoint ({@code baseUrl},
 * {@code model}, the {@code dimensions} to ask for if any, and an {@code apiKey}; none: the key saved for the same
 * endpoint is kept).
 */
public record EmbeddingModelChange(String provider, String baseUrl, String model, Integer dimensions, String apiKey) {

    boolean builtin() {
        return EmbeddingModelSpec.BUILTIN.equals(provider);
    }
}
