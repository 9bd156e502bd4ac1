package com.aigentforce.knowledge.internal;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeBases extends JpaRepository<KnowledgeBase, UUID> {

    boolean existsByNameIgnoreCase(String name);

    Page<KnowledgeBase> findByIdIn(Collection<UUID> ids, Pageable page);
}
