package com.aigentforce.knowledge.internal.embedding;

import com.aigentforce.platform.crypto.SecretCipher;
import com.aigentforce.platform.outbound.GuardedLangChainHttp;
import com.aigentforce.platform.outbound.OutboundHttp;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Embeds with a knowledge base's model: the built-in {@link Embedder}, or LangChain4j's OpenAI client for an
 * OpenAI-compatible endpoint, over the SSRF-guarded {@link OutboundHttp} ({@link GuardedLangChainHttp}). Provider
 * clients are kept per model key and sealed API key. LangChain4j does not retry here: callers decide
 * ({@link EmbeddingProviderFailed} says whether a retry may help). Provider vectors come back as unit vectors.
 */
@Component
public class EmbeddingModels {

    /** Texts per provider request. */
    static final int PROVIDER_BATCH = 64;

    private final Embedder builtin;
    private final OutboundHttp outbound;
    private final SecretCipher cipher;
    private final Map<String, EmbeddingModel> clients = new ConcurrentHashMap<>();

    EmbeddingModels(Embedder builtin, OutboundHttp outbound, SecretCipher cipher) {
        this.builtin = builtin;
        this.outbound = outbound;
        this.cipher = cipher;
    }

    public float[] embed(EmbeddingModelSpec spec, String text) {
        if (spec.isBuiltin()) {
            return builtin.embed(text);
        }
        return unitLength(call(spec, () -> client(spec).embed(text).content().vector()));
    }

    /** Embeds the texts in order, reporting progress (0–100) after each batch. */
    public List<float[]> embedAll(EmbeddingModelSpec spec, List<String> texts, IntConsumer progress) {
        if (spec.isBuiltin()) {
            return builtin.embedAll(texts, progress);
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += PROVIDER_BATCH) {
            List<TextSegment> batch = texts.subList(from, Math.min(from + PROVIDER_BATCH, texts.size())).stream()
                    .map(TextSegment::from)
                    .toList();
            List<Embedding> embedded =
                    call(spec, () -> client(spec).embedAll(batch).content());
            for (Embedding embedding : embedded) {
                vectors.add(unitLength(checked(spec, embedding.vector())));
            }
            progress.accept((int) (100L * vectors.size() / texts.size()));
        }
        return vectors;
    }

    /**
     * One embedding of a short text with a model not saved yet ({@code dimensions} sent only if
     * {@code sendDimensions}); answers the vector, of whatever length the provider chose. The client is not kept.
     */
    public float[] probe(EmbeddingModelSpec spec, String apiKey) {
        return call(
                spec,
                () -> build(spec, apiKey)
                        .embed("AiGentForce embedding model check")
                        .content()
                        .vector());
    }

    private float[] checked(EmbeddingModelSpec spec, float[] vector) {
        if (vector.length != spec.dimensions()) {
            throw new EmbeddingProviderFailed(
                    "the provider answered vectors of " + vector.length + " dimensions instead of " + spec.dimensions(),
                    false);
        }
        return vector;
    }

    /**
     * The vector scaled to length 1: the Lucene index compares vectors by dot product, which is their cosine only for
     * unit vectors. The built-in model's already are; providers' usually are, but nothing promises it.
     */
    static float[] unitLength(float[] vector) {
        double squares = 0;
        for (float v : vector) {
            squares += v * v;
        }
        if (squares == 0 || Math.abs(squares - 1) < 1e-6) {
            return vector;
        }
        float scale = (float) (1 / Math.sqrt(squares));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }

    private EmbeddingModel client(EmbeddingModelSpec spec) {
        String cacheKey = spec.key() + "\n" + spec.sendDimensions() + "\n" + spec.sealedApiKey();
        return clients.computeIfAbsent(
                cacheKey, k -> build(spec, spec.sealedApiKey() == null ? null : cipher.open(spec.sealedApiKey())));
    }

    private EmbeddingModel build(EmbeddingModelSpec spec, String apiKey) {
        OpenAiEmbeddingModel.OpenAiEmbeddingModelBuilder builder = OpenAiEmbeddingModel.builder()
                .httpClientBuilder(new GuardedLangChainHttp(outbound))
                .baseUrl(spec.baseUrl())
                .modelName(spec.model())
                .maxRetries(0)
                .maxSegmentsPerBatch(PROVIDER_BATCH);
        if (apiKey != null) {
            builder.apiKey(apiKey);
        }
        if (spec.sendDimensions()) {
            builder.dimensions(spec.dimensions());
        }
        return builder.build();
    }

    private static <T> T call(EmbeddingModelSpec spec, Supplier<T> request) {
        try {
            return request.get();
        } catch (EmbeddingProviderFailed e) {
            throw e;
        } catch (RuntimeException e) {
            throw EmbeddingProviderFailed.of(spec, e);
        }
    }
}
