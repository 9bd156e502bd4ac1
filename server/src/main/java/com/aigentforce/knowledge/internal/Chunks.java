package com.aigentforce.knowledge.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Chunks are changed entity by entity (never by bulk query) so Hibernate Search sees every change. */
interface Chunks extends JpaRepository<Chunk, UUID> {

    List<Chunk> findByVersionIdOrderByOrdinal(UUID versionId);

    List<Chunk> findByDocumentIdAndSearchableTrue(UUID documentId);

    List<Chunk> findByDocumentId(UUID documentId);

    long countByVersionId(UUID versionId);

    long countByKnowledgeBaseId(UUID knowledgeBaseId);

    /** The next chunks of a knowledge base (in id order, after {@code after}) not embedded by {@code model}. */
    List<Chunk> findByKnowledgeBaseIdAndEmbeddingModelNotAndIdGreaterThanOrderById(
            UUID knowledgeBaseId, String model, UUID after, Limit limit);

    long countByKnowledgeBaseIdAndEmbeddingModelNotAndIdGreaterThan(UUID knowledgeBaseId, String model, UUID after);

    /** The fields a search hit shows, with the document's title; the embedding column is not read. */
    @Query("select new com.aigentforce.knowledge.internal.ChunkExcerpt(c.id, c.documentId, c.versionId,"
            + " c.knowledgeBaseId, d.title, c.text, c.headingPath, c.page)"
            + " from Chunk c left join Document d on d.id = c.documentId where c.id in :ids")
    List<ChunkExcerpt> findExcerpts(@Param("ids") Collection<UUID> ids);

    @Query("select new com.aigentforce.knowledge.internal.ChunkOwner(c.id, c.documentId) from Chunk c"
            + " where c.id in :ids")
    List<ChunkOwner> findOwners(@Param("ids") Collection<UUID> ids);
}
