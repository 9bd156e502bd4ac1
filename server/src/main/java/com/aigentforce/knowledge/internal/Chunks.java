package com.aigentforce.knowledge.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Chunks are changed entity by entity (never by bulk query) so Hibernate Search sees every change. */
interface Chunks extends JpaRepository<Chunk, UUID> {

    List<Chunk> findByVersionIdOrderByOrdinal(UUID versionId);

    List<Chunk> findByDocumentIdAndSearchableTrue(UUID documentId);

    List<Chunk> findByDocumentId(UUID documentId);

    long countByVersionId(UUID versionId);
}
