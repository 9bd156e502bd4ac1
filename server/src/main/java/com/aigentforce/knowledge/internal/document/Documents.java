package com.aigentforce.knowledge.internal.document;

import com.aigentforce.knowledge.internal.base.KnowledgeBaseContents;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Documents extends JpaRepository<Document, UUID>, KnowledgeBaseContents {

    @Query("select d from Document d where d.id = :id and d.deletedAt is null")
    Optional<Document> findLive(@Param("id") UUID id);

    @Query("select d from Document d where d.knowledgeBaseId = :kb and d.deletedAt is null and d.id not in :hidden")
    Page<Document> findVisible(
            @Param("kb") UUID knowledgeBaseId, @Param("hidden") Collection<UUID> hidden, Pageable page);

    @Override
    @Query("select count(d) > 0 from Document d where d.knowledgeBaseId = :kb and d.deletedAt is null")
    boolean anyIn(@Param("kb") UUID knowledgeBaseId);
}
