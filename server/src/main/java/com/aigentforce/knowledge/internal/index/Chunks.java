package com.aigentforce.knowledge.internal.index;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/** Chunks are changed entity by entity (never by bulk query) so Hibernate Search sees every change. */
public interface Chunks extends JpaRepository<Chunk, UUID> {

    List<Chunk> findByVersionIdOrderByOrdinal(UUID versionId);

    List<Chunk> findByDocumentIdAndSearchableTrue(UUID documentId);

    List<Chunk> findByDocumentId(UUID documentId);

    long countByVersionId(UUID versionId);

    long countByKnowledgeBaseId(UUID knowledgeBaseId);

    /** The next chunks of a knowledge base (in id order, after {@code after}) not embedded by {@code model}. */
    List<Chunk> findByKnowledgeBaseIdAndEmbeddingModelNotAndIdGreaterThanOrderById(
            UUID knowledgeBaseId, String model, UUID after, Limit limit);

    long countByKnowledgeBaseIdAndEmbeddingModelNotAndIdGreaterThan(UUID knowledgeBaseId, String model, UUID after);
}
