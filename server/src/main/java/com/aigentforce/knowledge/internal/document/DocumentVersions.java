package com.aigentforce.knowledge.internal.document;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DocumentVersions extends JpaRepository<DocumentVersion, UUID> {

    List<DocumentVersion> findByDocumentIdOrderByNumberDesc(UUID documentId);

    Optional<DocumentVersion> findByDocumentIdAndNumber(UUID documentId, int number);

    List<DocumentVersion> findByDocumentIdIn(Collection<UUID> documentIds);

    /**
     * The ingestion pipeline's steps within a run (stage, progress, and the chunk count once indexed) as one UPDATE:
     * loading the entity would read the row's extracted text each time, up to millions of characters.
     */
    @Modifying
    @Query("update DocumentVersion v set v.status = :status, v.progress = :progress, v.chunkCount = :chunkCount,"
            + " v.updatedAt = :updatedAt where v.id = :id")
    int step(UUID id, IngestionStatus status, int progress, int chunkCount, Instant updatedAt);
}
