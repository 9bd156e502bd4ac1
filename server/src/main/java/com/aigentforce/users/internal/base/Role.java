package com.aigentforce.users.internal.base;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "role")
public class Role {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;

    private String name;

    private String description;

    @Column(name = "built_in")
    private boolean builtIn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> permissions = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Role() {}

    public Role(UUID tenantId, String name, String description, boolean builtIn, Collection<String> permissions) {
        this.tenantId = tenantId;
        this.name = name.strip();
        this.description = description;
        this.builtIn = builtIn;
        this.permissions = permissions.stream().sorted().toList();
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public void update(String name, String description, Collection<String> permissions) {
        this.name = name.strip();
        this.description = description;
        this.permissions = permissions.stream().sorted().distinct().toList();
        this.updatedAt = Instant.now();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public boolean builtIn() {
        return builtIn;
    }

    public List<String> permissions() {
        return List.copyOf(permissions);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
