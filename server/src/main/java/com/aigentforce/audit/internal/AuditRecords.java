package com.aigentforce.audit.internal;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Read-only access: no save or delete methods exist. */
interface AuditRecords extends Repository<AuditRecord, UUID>, JpaSpecificationExecutor<AuditRecord> {

    @Override
    Page<AuditRecord> findAll(Specification<AuditRecord> spec, Pageable pageable);
}
