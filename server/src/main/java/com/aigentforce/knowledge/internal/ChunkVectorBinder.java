package com.aigentforce.knowledge.internal;

import java.util.HashMap;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Indexes a chunk's vector in the field of its model: the built-in model's in {@code embedding} (384 dimensions, the
 * field indexes had before per-knowledge-base models, so they stay valid), a provider model's in
 * {@code embedding_<d>}, one field per {@link EmbeddingModelSpec#SUPPORTED_DIMENSIONS supported dimension}. The model
 * key is indexed as {@code embeddingModel} (by {@link Chunk}'s mapping), so a k-NN query on one field can keep to one
 * model. A type binder, since the field depends on two properties (the vector and its model).
 */
public class ChunkVectorBinder implements TypeBinder {

    static final String MODEL_FIELD = "embeddingModel";

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("embedding").use("embeddingModel");
        IndexFieldReference<float[]> builtin = context.indexSchemaElement()
                .field(
                        EmbeddingModelSpec.BUILTIN_FIELD,
                        f -> f.asFloatVector()
                                .dimension(EmbeddingModelSpec.BUILTIN_DIMENSIONS)
                                .vectorSimilarity(VectorSimilarity.COSINE))
                .toReference();
        Map<Integer, IndexFieldReference<float[]>> byDimension = new HashMap<>();
        for (int dimensions : EmbeddingModelSpec.SUPPORTED_DIMENSIONS) {
            byDimension.put(
                    dimensions,
                    context.indexSchemaElement()
                            .field(
                                    EmbeddingModelSpec.fieldFor(dimensions),
                                    f -> f.asFloatVector()
                                            .dimension(dimensions)
                                            .vectorSimilarity(VectorSimilarity.COSINE))
                            .toReference());
        }
        context.bridge(Chunk.class, new Bridge(builtin, Map.copyOf(byDimension)));
    }

    private record Bridge(IndexFieldReference<float[]> builtin, Map<Integer, IndexFieldReference<float[]>> byDimension)
            implements TypeBridge<Chunk> {

        @Override
        public void write(DocumentElement target, Chunk chunk, TypeBridgeWriteContext context) {
            float[] vector = chunk.embedding();
            if (vector == null) {
                return;
            }
            String model = chunk.embeddingModel();
            if (model == null || EmbeddingModelSpec.BUILTIN.equals(model)) {
                target.addValue(builtin, vector);
                return;
            }
            IndexFieldReference<float[]> field = byDimension.get(vector.length);
            if (field != null) {
                target.addValue(field, vector);
            }
        }
    }
}
