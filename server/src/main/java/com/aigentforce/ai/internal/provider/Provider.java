package com.aigentforce.ai.internal.provider;

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

/** A tenant's model provider; the API key is stored sealed ({@code SecretCipher}) and never leaves the server. */
@Entity
@Table(name = "ai_provider")
public class Provider {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;

    private String name;

    private String kind;

    @Column(name = "base_url")
    private String baseUrl;

    @Column(name = "api_key")
    private String sealedApiKey;

    @Column(name = "default_model")
    private String defaultModel;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<ModelSettings> models = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Provider() {}

    Provider(ProviderKind kind) {
        this.kind = kind.wireName();
        this.createdAt = Instant.now();
    }

    void update(String name, ProviderKind kind, String baseUrl, String defaultModel, List<ModelSettings> models) {
        this.name = name.strip();
        this.kind = kind.wireName();
        this.baseUrl = baseUrl.strip();
        this.defaultModel = defaultModel == null || defaultModel.isBlank() ? null : defaultModel.strip();
        this.models = new ArrayList<>(models);
        this.updatedAt = Instant.now();
    }

    void sealedApiKey(String sealed) {
        this.sealedApiKey = sealed;
        this.updatedAt = Instant.now();
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String name() {
        return name;
    }

    public ProviderKind kind() {
        return ProviderKind.fromWireName(kind);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The API key as stored (sealed), or null. */
    public String sealedApiKey() {
        return sealedApiKey;
    }

    public String defaultModel() {
        return defaultModel;
    }

    public List<ModelSettings> models() {
        return List.copyOf(models);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
