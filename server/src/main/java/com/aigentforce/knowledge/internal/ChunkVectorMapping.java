package com.aigentforce.knowledge.internal;

import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

/**
 * Maps {@link Chunk}'s embedding as a 384-dimension HNSW vector field (m 16). The embeddings are unit vectors, so a
 * dot product is their cosine for a third of the arithmetic: the Lucene backend compares them that way (scores are
 * the same, {@code (1 + cos) / 2}). OpenSearch's Lucene engine refuses dot product, so the cluster backends keep
 * cosine.
 */
final class ChunkVectorMapping implements HibernateOrmSearchMappingConfigurer {

    /**
     * HNSW graph width while indexing. Hibernate Search's default, 512, spent 5 ms of CPU per chunk at 15k chunks —
     * a third of what embedding the chunk costs — for recall@10 0.948; 100 (Lucene's and Elasticsearch's default)
     * spends a fifth of that for 0.916 (bench/knowledge/graph.sh, docs/benchmarks.md).
     */
    static final int EF_CONSTRUCTION = 100;

    private final VectorSimilarity similarity;

    ChunkVectorMapping(VectorSimilarity similarity) {
        this.similarity = similarity;
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        context.programmaticMapping()
                .type(Chunk.class)
                .property("embedding")
                .vectorField(Chunk.DIMENSIONS)
                .vectorSimilarity(similarity)
                .efConstruction(EF_CONSTRUCTION);
    }
}
