package com.aigentforce.ai.internal.templates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

/** One saved definition of a template. Never changed once written (a database trigger refuses updates too). */
@Entity
@Immutable
@Table(name = "prompt_template_version")
class PromptTemplateVersion {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "template_id")
    private UUID templateId;

    private int number;

    private String name;

    private String description;

    private String body;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Map<String, Object>> variables = new ArrayList<>();

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected PromptTemplateVersion() {}

    PromptTemplateVersion(UUID templateId, int number, TemplateDefinition definition, UUID createdBy) {
        this.templateId = templateId;
        this.number = number;
        this.name = definition.name();
        this.description = definition.description();
        this.body = definition.body();
        this.variables = new ArrayList<>(
                definition.variables().stream().map(TemplateVariable::toStored).toList());
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    TemplateDefinition definition() {
        return new TemplateDefinition(
                name,
                description,
                body,
                variables.stream().map(TemplateVariable::fromStored).toList());
    }

    UUID templateId() {
        return templateId;
    }

    int number() {
        return number;
    }

    String name() {
        return name;
    }

    UUID createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }
}
