package com.aigentforce.knowledge.internal.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.aigentforce.knowledge.internal.KnowledgeProperties;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
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
 *
 * <p>Each of those threads is the only one computing its text: the ONNX session runs single-threaded and without
 * spin-waiting. LangChain4j's ready-made model uses ONNX Runtime's defaults instead — a pool of one thread per core
 * per call, whose idle threads spin — so two callers put twice the cores' worth of busy threads on the CPU, and the
 * spinning takes CPU from the rest of the ingestion pipeline (Tika, PostgreSQL, Lucene) without embedding anything.
 * The vectors are the same.
 */
@Component
public class Embedder implements DisposableBean {

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
                    loaded = load(threads);
                    model = loaded;
                    LOGGER.info(
                            "EmbeddingModel(name=all-minilm-l6-v2-q) loaded in {} ms",
                            (System.nanoTime() - started) / 1_000_000);
                }
            }
        }
        return loaded;
    }

    /** all-MiniLM-L6-v2 (quantized) from LangChain4j's jar, one thread per call, no spin-waiting. */
    public static EmbeddingModel load(Executor executor) {
        Class<?> jar = AllMiniLmL6V2QuantizedEmbeddingModel.class;
        try (InputStream model = Objects.requireNonNull(jar.getResourceAsStream("/all-minilm-l6-v2-q.onnx"));
                InputStream tokenizer =
                        Objects.requireNonNull(jar.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json"));
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new SingleThreadedMiniLm(
                    executor, new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model cannot be loaded", e);
        }
    }

    private static final class SingleThreadedMiniLm extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        SingleThreadedMiniLm(Executor executor, OnnxBertBiEncoder encoder) {
            super(executor);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return EmbeddingModelSpec.BUILTIN_DIMENSIONS;
        }
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
