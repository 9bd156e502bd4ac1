package com.aigentforce.knowledge.internal.base;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KnowledgeBases extends JpaRepository<KnowledgeBase, UUID> {

    boolean existsByNameIgnoreCase(String name);

    Page<KnowledgeBase> findByIdIn(Collection<UUID> ids, Pageable page);
}
