package com.aigentforce.knowledge.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentVersions extends JpaRepository<DocumentVersion, UUID> {

    List<DocumentVersion> findByDocumentIdOrderByNumberDesc(UUID documentId);

    Optional<DocumentVersion> findByDocumentIdAndNumber(UUID documentId, int number);

    List<DocumentVersion> findByDocumentIdIn(Collection<UUID> documentIds);
}
