package com.aigentforce.knowledge.internal;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The in-process embedding model (all-MiniLM-L6-v2, quantized ONNX, 384 dimensions; shipped in its Maven jar, no
 * download). One shared instance, loaded on first use; it runs on a fixed pool of
 * {@code aigentforce.knowledge.embedding-concurrency} threads, and texts go in batches so memory stays bounded.
 */
@Component
class Embedder implements DisposableBean {

    private static final Logger LOGGER = LoggerFactory.getLogger(Embedder.class);

    private final ExecutorService threads;
    private final int batchSize;
    private volatile EmbeddingModel model;

    Embedder(KnowledgeProperties properties) {
        this.threads = Executors.newFixedThreadPool(
                properties.embeddingConcurrency(),
                Thread.ofPlatform().name("embedding-", 0).daemon().factory());
        this.batchSize = properties.embeddingBatchSize();
    }

    float[] embed(String text) {
        return model().embed(text).content().vector();
    }

    /** Embeds the texts in order, reporting progress (0–100) after each batch. */
    List<float[]> embedAll(List<String> texts, IntConsumer progress) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += batchSize) {
            List<TextSegment> batch = texts.subList(from, Math.min(from + batchSize, texts.size())).stream()
                    .map(TextSegment::from)
                    .toList();
            for (Embedding embedding : model().embedAll(batch).content()) {
                vectors.add(embedding.vector());
            }
            progress.accept((int) (100L * vectors.size() / texts.size()));
        }
        return vectors;
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    long started = System.nanoTime();
                    loaded = new AllMiniLmL6V2QuantizedEmbeddingModel(threads);
                    model = loaded;
                    LOGGER.info(
                            "EmbeddingModel(name=all-minilm-l6-v2-q) loaded in {} ms",
                            (System.nanoTime() - started) / 1_000_000);
                }
            }
        }
        return loaded;
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
