package com.aigentforce.knowledge.internal.rebuild;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndexRebuilds extends JpaRepository<IndexRebuild, UUID> {

    Page<IndexRebuild> findAllByOrderByRequestedAtDesc(Pageable page);

    @Query("select r from IndexRebuild r where r.status in ('queued', 'running')")
    List<IndexRebuild> findActive();
}
