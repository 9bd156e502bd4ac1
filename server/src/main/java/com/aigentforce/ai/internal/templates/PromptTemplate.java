package com.aigentforce.ai.internal.templates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.annotations.UuidGenerator;

/** A prompt template: its current name (unique per organisation) and the number of its latest version. */
@Entity
@Table(name = "prompt_template")
class PromptTemplate {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;

    private String name;

    @Column(name = "latest_version")
    private int latestVersion;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** Two saves at once: the second fails with 409 instead of both claiming the same version number. */
    @Version
    private long version;

    protected PromptTemplate() {}

    PromptTemplate(String name, UUID createdBy) {
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
        this.latestVersion = 1;
    }

    /** Moves to the next version under {@code name}; returns its number. */
    int advance(String name) {
        this.name = name;
        this.latestVersion++;
        this.updatedAt = Instant.now();
        return latestVersion;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    int latestVersion() {
        return latestVersion;
    }

    UUID createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
