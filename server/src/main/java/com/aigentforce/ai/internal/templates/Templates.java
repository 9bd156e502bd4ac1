package com.aigentforce.ai.internal.templates;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Templates extends JpaRepository<PromptTemplate, UUID> {

    boolean existsByNameIgnoreCase(String name);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from PromptTemplate t where t.id = :id")
    Optional<PromptTemplate> lockById(UUID id);

    @Query(
            value = "select t, v from PromptTemplate t, PromptTemplateVersion v"
                    + " where v.templateId = t.id and v.number = t.latestVersion order by lower(t.name), t.id",
            countQuery = "select count(t) from PromptTemplate t")
    Page<Object[]> findAllWithLatest(Pageable pageable);
}
