package com.aigentforce.users.internal.base;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.annotations.UuidGenerator;

@Entity
@Table(name = "team_member")
public class TeamMember {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "team_id")
    private UUID teamId;

    @Column(name = "user_id")
    private UUID userId;

    private boolean lead;

    protected TeamMember() {}

    public TeamMember(UUID teamId, UUID userId, boolean lead) {
        this.teamId = teamId;
        this.userId = userId;
        this.lead = lead;
    }

    public UUID teamId() {
        return teamId;
    }

    public UUID userId() {
        return userId;
    }

    public boolean lead() {
        return lead;
    }
}
