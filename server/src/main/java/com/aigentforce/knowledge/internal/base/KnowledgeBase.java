package com.aigentforce.knowledge.internal.base;

import com.aigentforce.knowledge.internal.embedding.EmbeddingModelSpec;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "knowledge_base")
public class KnowledgeBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;

    private String name;

    private String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> readers = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> editors = new ArrayList<>();

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** The model new chunks are embedded with: {@code builtin} or a provider model's key (kb_embedding_model). */
    @Column(name = "embedding_model_key")
    private String embeddingModelKey = EmbeddingModelSpec.BUILTIN;

    @Version
    private long version;

    protected KnowledgeBase() {}

    KnowledgeBase(String name, String description, List<String> readers, List<String> editors, UUID createdBy) {
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        update(name, description, readers, editors);
    }

    void update(String name, String description, List<String> readers, List<String> editors) {
        this.name = name.strip();
        this.description = description;
        this.readers = new ArrayList<>(readers);
        this.editors = new ArrayList<>(editors);
        this.updatedAt = Instant.now();
    }

    /** New chunks embed with this model from now on; existing ones move with a re-embedding. */
    public void useEmbeddingModel(String key) {
        this.embeddingModelKey = key;
        this.updatedAt = Instant.now();
    }

    public String embeddingModelKey() {
        return embeddingModelKey;
    }

    public UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<String> readers() {
        return List.copyOf(readers);
    }

    public List<String> editors() {
        return List.copyOf(editors);
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
