package com.aigentforce.knowledge.internal.reembedding;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Reembeddings extends JpaRepository<Reembedding, UUID> {

    Optional<Reembedding> findFirstByKnowledgeBaseIdOrderByRequestedAtDesc(UUID knowledgeBaseId);
}
