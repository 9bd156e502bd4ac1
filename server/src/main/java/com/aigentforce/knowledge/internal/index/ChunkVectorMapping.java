package com.aigentforce.knowledge.internal.index;

import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

/**
 * Applies {@link ChunkVectorBinder} to {@link Chunk} with the backend's vector similarity (set by
 * {@link SearchBackendSettings}): an annotation could not vary it by backend.
 */
final class ChunkVectorMapping implements HibernateOrmSearchMappingConfigurer {

    private final VectorSimilarity similarity;

    ChunkVectorMapping(VectorSimilarity similarity) {
        this.similarity = similarity;
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        context.programmaticMapping().type(Chunk.class).binder(new ChunkVectorBinder(similarity));
    }
}
