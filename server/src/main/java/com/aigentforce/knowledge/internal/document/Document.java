package com.aigentforce.knowledge.internal.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

/** A document in a knowledge base; its content lives in {@link DocumentVersion}s, one of which is current. */
@Entity
@Table(name = "kb_document")
public class Document {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "knowledge_base_id")
    private UUID knowledgeBaseId;

    private String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> tags = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> metadata = new HashMap<>();

    /** Narrows the knowledge base's readers; null inherits them. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> readers;

    /** The version search serves (null until the first one is indexed). */
    @Column(name = "current_version")
    private Integer currentVersion;

    @Column(name = "latest_version")
    private int latestVersion;

    @Column(name = "uploaded_by")
    private UUID uploadedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Version
    private long version;

    protected Document() {}

    public Document(
            UUID knowledgeBaseId, String title, List<String> tags, Map<String, String> metadata, UUID uploadedBy) {
        this.knowledgeBaseId = knowledgeBaseId;
        this.title = title;
        this.tags = new ArrayList<>(tags);
        this.metadata = new HashMap<>(metadata);
        this.uploadedBy = uploadedBy;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public int nextVersionNumber() {
        latestVersion++;
        updatedAt = Instant.now();
        return latestVersion;
    }

    public void makeCurrent(int number) {
        this.currentVersion = number;
        this.updatedAt = Instant.now();
    }

    public void describe(String title, List<String> tags, Map<String, String> metadata) {
        if (title != null) {
            this.title = title;
        }
        if (tags != null) {
            this.tags = new ArrayList<>(tags);
        }
        if (metadata != null) {
            this.metadata = new HashMap<>(metadata);
        }
        this.updatedAt = Instant.now();
    }

    public void narrowReaders(List<String> readers) {
        this.readers = readers == null ? null : new ArrayList<>(readers);
        this.updatedAt = Instant.now();
    }

    void delete() {
        this.deletedAt = Instant.now();
        this.updatedAt = deletedAt;
    }

    public UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    public UUID knowledgeBaseId() {
        return knowledgeBaseId;
    }

    public String title() {
        return title;
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    public Map<String, String> metadata() {
        return Map.copyOf(metadata);
    }

    public List<String> readers() {
        return readers == null ? null : List.copyOf(readers);
    }

    public Integer currentVersion() {
        return currentVersion;
    }

    public int latestVersion() {
        return latestVersion;
    }

    public UUID uploadedBy() {
        return uploadedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public boolean deleted() {
        return deletedAt != null;
    }
}
