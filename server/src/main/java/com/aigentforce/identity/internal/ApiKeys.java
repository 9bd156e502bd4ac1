package com.aigentforce.identity.internal;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's API keys (Hibernate's tenant filter applies to every query). */
interface ApiKeys extends JpaRepository<ApiKey, UUID> {

    Page<ApiKey> findAllByOrderByCreatedAtDesc(Pageable pageable);
}
