package com.aigentforce.knowledge.internal.embedding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One embedding model a knowledge base can use: the built-in in-process one, or an OpenAI-compatible endpoint.
 * {@code key} names the vector space: chunks embedded with the same key are comparable, so it covers the endpoint,
 * the model and the requested dimensions, but not the API key (a new key for the same model re-embeds nothing).
 * {@code sealedApiKey} is the key as stored (sealed by {@code SecretCipher}); it never leaves the server.
 *
 * <p>Vectors are indexed in a field per dimension: the built-in model's in {@code embedding} (so indexes from before
 * per-knowledge-base models stay valid), a provider's in {@code embedding_<d>} for the {@link #SUPPORTED_DIMENSIONS}
 * (Lucene through Hibernate Search takes up to 16,000 dimensions, Elasticsearch 4,096, OpenSearch 16,000).
 */
public record EmbeddingModelSpec(
        String key,
        String provider,
        String baseUrl,
        String model,
        int dimensions,
        boolean sendDimensions,
        String sealedApiKey) {

    public static final String BUILTIN = "builtin";
    public static final String OPENAI_COMPATIBLE = "openai-compatible";
    static final String BUILTIN_MODEL_NAME = "all-minilm-l6-v2-q";
    public static final int BUILTIN_DIMENSIONS = 384;
    public static final String BUILTIN_FIELD = "embedding";
    public static final List<Integer> SUPPORTED_DIMENSIONS = List.of(256, 384, 512, 768, 1024, 1536, 3072);

    public static EmbeddingModelSpec builtin() {
        return new EmbeddingModelSpec(BUILTIN, BUILTIN, null, BUILTIN_MODEL_NAME, BUILTIN_DIMENSIONS, false, null);
    }

    /**
     * A provider model; {@code dimensions} is the length of the vectors it answers, and {@code sendDimensions} whether
     * it is asked for that length (the request named dimensions) or answers it by itself.
     */
    public static EmbeddingModelSpec provider(
            String baseUrl, String model, int dimensions, boolean sendDimensions, String sealedApiKey) {
        return new EmbeddingModelSpec(
                keyOf(baseUrl, model, dimensions),
                OPENAI_COMPATIBLE,
                baseUrl,
                model,
                dimensions,
                sendDimensions,
                sealedApiKey);
    }

    public boolean isBuiltin() {
        return BUILTIN.equals(provider);
    }

    /** The index field holding vectors of this model. */
    public String field() {
        return isBuiltin() ? BUILTIN_FIELD : fieldFor(dimensions);
    }

    public static String fieldFor(int dimensions) {
        return BUILTIN_FIELD + "_" + dimensions;
    }

    public static boolean supports(int dimensions) {
        return SUPPORTED_DIMENSIONS.contains(dimensions);
    }

    EmbeddingModelSpec withSealedApiKey(String sealed) {
        return new EmbeddingModelSpec(key, provider, baseUrl, model, dimensions, sendDimensions, sealed);
    }

    private static String keyOf(String baseUrl, String model, int dimensions) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((baseUrl + "\n" + model + "\n" + dimensions).getBytes(StandardCharsets.UTF_8));
            return "oa-" + dimensions + "-" + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        // never the API key, even sealed
        return "EmbeddingModel(key=" + key + ", model=" + model + ")";
    }
}
