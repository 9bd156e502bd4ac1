package com.aigentforce.knowledge.internal.index;

import com.aigentforce.knowledge.internal.embedding.EmbeddingModelSpec;
import com.aigentforce.knowledge.internal.embedding.EmbeddingModels;
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
 *
 * <p>Every field is an HNSW graph with m 16 and {@link #EF_CONSTRUCTION}, compared by the backend's similarity
 * ({@link ChunkVectorMapping}): dot product on Lucene — all stored vectors are unit vectors
 * ({@link EmbeddingModels}), so that is their cosine for a third of the arithmetic — and cosine on
 * Elasticsearch/OpenSearch, whose Lucene engine refuses dot product.
 */
public class ChunkVectorBinder implements TypeBinder {

    public static final String MODEL_FIELD = "embeddingModel";

    /**
     * HNSW graph width while indexing. Hibernate Search's default, 512, spent 5 ms of CPU per chunk at 15k chunks —
     * a third of what embedding the chunk costs — for recall@10 0.948; 100 (Lucene's and Elasticsearch's default)
     * spends a fifth of that for 0.916 (bench/knowledge/graph.sh, docs/benchmarks.md).
     */
    static final int EF_CONSTRUCTION = 100;

    private final VectorSimilarity similarity;

    ChunkVectorBinder(VectorSimilarity similarity) {
        this.similarity = similarity;
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("embedding").use("embeddingModel");
        IndexFieldReference<float[]> builtin = context.indexSchemaElement()
                .field(
                        EmbeddingModelSpec.BUILTIN_FIELD,
                        f -> f.asFloatVector()
                                .dimension(EmbeddingModelSpec.BUILTIN_DIMENSIONS)
                                .vectorSimilarity(similarity)
                                .efConstruction(EF_CONSTRUCTION))
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
                                            .vectorSimilarity(similarity)
                                            .efConstruction(EF_CONSTRUCTION))
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
