package com.aigentforce.knowledge.internal.reembedding;

import com.aigentforce.knowledge.internal.embedding.EmbeddingModelSpec;

/**
 * A knowledge base's embedding model as its service answers it: the model (its API key only sealed, never to be
 * shown), whether the caller may see its address ({@code showsBaseUrl}: knowledge-base administrators), the chunks a
 * change would re-embed and the latest re-embedding, if any.
 */
public record EmbeddingModelState(
        EmbeddingModelSpec model, boolean showsBaseUrl, long chunkCount, ReembeddingView reembedding) {}
