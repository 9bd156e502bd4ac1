package com.aigentforce.knowledge.internal.web;

import com.aigentforce.knowledge.internal.embedding.EmbeddingModelSpec;
import com.aigentforce.knowledge.internal.reembedding.EmbeddingModelState;
import com.aigentforce.knowledge.internal.reembedding.ReembeddingView;

/**
 * A knowledge base's embedding model as the API answers it: never the API key, only whether one is set;
 * {@code baseUrl} only for knowledge-base administrators; {@code chunkCount} the chunks a change would re-embed;
 * {@code reembedding} the latest re-embedding, if any.
 */
record EmbeddingModelView(
        String provider,
        String model,
        int dimensions,
        String baseUrl,
        boolean apiKeySet,
        long chunkCount,
        ReembeddingView reembedding) {

    static EmbeddingModelView of(EmbeddingModelState state) {
        EmbeddingModelSpec spec = state.model();
        return new EmbeddingModelView(
                spec.provider(),
                spec.model(),
                spec.dimensions(),
                state.showsBaseUrl() ? spec.baseUrl() : null,
                spec.sealedApiKey() != null,
                state.chunkCount(),
                state.reembedding());
    }

    /** What a knowledge base's JSON shows of its model. */
    record Summary(String provider, String model, int dimensions) {

        static Summary of(EmbeddingModelSpec spec) {
            return new Summary(spec.provider(), spec.model(), spec.dimensions());
        }
    }
}
