package com.aigentforce.users.internal.base;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "app_user")
public class User {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;

    private String email;

    @Column(name = "email_normalized")
    private String emailNormalized;

    private String name;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private UserStatus status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "role_ids")
    private List<UUID> roleIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> preferences = new HashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> metadata = new HashMap<>();

    @Column(name = "invitation_hash")
    private byte[] invitationHash;

    @Column(name = "invitation_expires_at")
    private Instant invitationExpiresAt;

    @Column(name = "password_reset_hash")
    private byte[] passwordResetHash;

    @Column(name = "password_reset_expires_at")
    private Instant passwordResetExpiresAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected User() {}

    public User(UUID tenantId, String email, String name, String passwordHash, List<UUID> roleIds) {
        this.tenantId = tenantId;
        this.email = email.strip();
        this.emailNormalized = normalize(email);
        this.name = name.strip();
        this.passwordHash = passwordHash;
        this.status = passwordHash == null ? UserStatus.INVITED : UserStatus.ACTIVE;
        this.roleIds = new ArrayList<>(roleIds);
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public void invite(byte[] tokenHash, Instant expiresAt) {
        this.invitationHash = tokenHash;
        this.invitationExpiresAt = expiresAt;
        touch();
    }

    public void acceptInvitation(String passwordHash, String name) {
        this.passwordHash = passwordHash;
        if (name != null && !name.isBlank()) {
            this.name = name.strip();
        }
        this.status = UserStatus.ACTIVE;
        this.invitationHash = null;
        this.invitationExpiresAt = null;
        touch();
    }

    /** A new password-reset link replaces any earlier one. */
    public void issuePasswordReset(byte[] tokenHash, Instant expiresAt) {
        this.passwordResetHash = tokenHash;
        this.passwordResetExpiresAt = expiresAt;
        touch();
    }

    /** Sets the password chosen through a reset link, which is spent. */
    public void resetPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordResetHash = null;
        this.passwordResetExpiresAt = null;
        touch();
    }

    public void rename(String name) {
        this.name = name.strip();
        touch();
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        touch();
    }

    public void replacePreferences(Map<String, Object> preferences) {
        this.preferences = new HashMap<>(preferences);
        touch();
    }

    public void replaceMetadata(Map<String, Object> metadata) {
        this.metadata = new HashMap<>(metadata);
        touch();
    }

    public void changeStatus(UserStatus status) {
        this.status = status;
        touch();
    }

    public void assignRoles(List<UUID> roleIds) {
        this.roleIds = new ArrayList<>(roleIds);
        touch();
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public UserStatus status() {
        return status;
    }

    public List<UUID> roleIds() {
        return List.copyOf(roleIds);
    }

    public Map<String, Object> preferences() {
        return preferences;
    }

    public Map<String, Object> metadata() {
        return metadata;
    }

    public Instant invitationExpiresAt() {
        return invitationExpiresAt;
    }

    public Instant passwordResetExpiresAt() {
        return passwordResetExpiresAt;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
