package com.aigentforce.tenancy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A tenant-owned row of the tests' own ({@code tenancy_probe}, made by {@link TenantIsolationGuardTest}), mapped like
 * every tenant-owned entity, so the isolation guard is tested without borrowing another module's entity.
 */
@Entity
@Table(name = "tenancy_probe")
class IsolationProbe {

    static final String TABLE_DDL = """
            create table if not exists tenancy_probe (
                id        uuid primary key,
                tenant_id uuid not null references tenant (id),
                label     text not null
            )""";

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;

    private String label;

    protected IsolationProbe() {}

    /** A row for the bound tenant: Hibernate stamps its id. */
    IsolationProbe(UUID id, String label) {
        this.id = id;
        this.label = label;
    }

    /** A row that names its tenant, as code running in the SYSTEM context does. */
    IsolationProbe(UUID id, UUID tenantId, String label) {
        this(id, label);
        this.tenantId = tenantId;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    String label() {
        return label;
    }
}
