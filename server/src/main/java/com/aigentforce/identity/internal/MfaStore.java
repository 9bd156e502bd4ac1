package com.aigentforce.identity.internal;

import com.aigentforce.platform.Ids;
import com.aigentforce.platform.crypto.SecretCipher;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored second factors: each account's TOTP authenticator (secret sealed with {@link SecretCipher}), its
 * recovery codes (digests only) and the tenant's MFA policy. Plain SQL: the single-use guarantees are conditional
 * updates, and every statement names the tenant.
 */
@Component
class MfaStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SecretCipher cipher;

    MfaStore(JdbcClient jdbc, TransactionTemplate tx, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.cipher = cipher;
    }

    record Authenticator(String secret, boolean confirmed, Long lastUsedStep) {}

    Optional<Authenticator> authenticator(UUID tenantId, UUID userId) {
        return tx.execute(s -> jdbc.sql("select secret, confirmed_at, last_used_step from mfa_totp "
                        + "where tenant_id = :tenant and user_id = :user")
                .param("tenant", tenantId)
                .param("user", userId)
                .query((rs, n) -> new Authenticator(
                        cipher.open(rs.getString("secret")),
                        rs.getTimestamp("confirmed_at") != null,
                        rs.getObject("last_used_step", Long.class)))
                .optional());
    }

    /** Starts (or restarts) an enrolment that is not confirmed yet; a confirmed authenticator is left alone. */
    boolean saveUnconfirmed(UUID tenantId, UUID userId, String secret) {
        return tx.execute(s -> jdbc.sql("""
                        insert into mfa_totp (user_id, tenant_id, secret, created_at) values (:user, :tenant, :secret, :now)
                        on conflict (user_id) do update set secret = excluded.secret, created_at = excluded.created_at,
                            last_used_step = null
                        where mfa_totp.confirmed_at is null and mfa_totp.tenant_id = excluded.tenant_id
                        """)
                        .param("user", userId)
                        .param("tenant", tenantId)
                        .param("secret", cipher.seal(secret))
                        .param("now", Timestamp.from(Instant.now()))
                        .update()
                == 1);
    }

    /** Confirms the pending enrolment with the step of its first code; false if there was none pending. */
    boolean confirm(UUID tenantId, UUID userId, long step) {
        return tx.execute(s -> jdbc.sql("update mfa_totp set confirmed_at = :now, last_used_step = :step "
                                + "where tenant_id = :tenant and user_id = :user and confirmed_at is null")
                        .param("now", Timestamp.from(Instant.now()))
                        .param("step", step)
                        .param("tenant", tenantId)
                        .param("user", userId)
                        .update()
                == 1);
    }

    /** Records that a code of this step was used; false when it (or a later one) already was — a replay. */
    boolean spendStep(UUID tenantId, UUID userId, long step) {
        return tx.execute(s -> jdbc.sql("update mfa_totp set last_used_step = :step where tenant_id = :tenant "
                                + "and user_id = :user and confirmed_at is not null "
                                + "and (last_used_step is null or last_used_step < :step)")
                        .param("step", step)
                        .param("tenant", tenantId)
                        .param("user", userId)
                        .update()
                == 1);
    }

    void replaceRecoveryCodes(UUID tenantId, UUID userId, List<byte[]> digests) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("delete from mfa_recovery_code where tenant_id = :tenant and user_id = :user")
                    .param("tenant", tenantId)
                    .param("user", userId)
                    .update();
            for (byte[] digest : digests) {
                jdbc.sql("insert into mfa_recovery_code (id, tenant_id, user_id, code_hash) "
                                + "values (:id, :tenant, :user, :hash)")
                        .param("id", Ids.next())
                        .param("tenant", tenantId)
                        .param("user", userId)
                        .param("hash", digest)
                        .update();
            }
        });
    }

    /** Spends a recovery code; false if it does not exist or was used before. */
    boolean spendRecoveryCode(UUID tenantId, UUID userId, byte[] digest) {
        return tx.execute(s -> jdbc.sql("update mfa_recovery_code set used_at = :now where tenant_id = :tenant "
                                + "and user_id = :user and code_hash = :hash and used_at is null")
                        .param("now", Timestamp.from(Instant.now()))
                        .param("tenant", tenantId)
                        .param("user", userId)
                        .param("hash", digest)
                        .update()
                == 1);
    }

    int recoveryCodesLeft(UUID tenantId, UUID userId) {
        return tx.execute(s -> jdbc.sql("select count(*) from mfa_recovery_code where tenant_id = :tenant "
                        + "and user_id = :user and used_at is null")
                .param("tenant", tenantId)
                .param("user", userId)
                .query(Integer.class)
                .single());
    }

    /** Removes the authenticator and recovery codes; false if there was nothing to remove. */
    boolean remove(UUID tenantId, UUID userId) {
        return tx.execute(s -> {
            jdbc.sql("delete from mfa_recovery_code where tenant_id = :tenant and user_id = :user")
                    .param("tenant", tenantId)
                    .param("user", userId)
                    .update();
            return jdbc.sql("delete from mfa_totp where tenant_id = :tenant and user_id = :user")
                            .param("tenant", tenantId)
                            .param("user", userId)
                            .update()
                    == 1;
        });
    }

    Set<UUID> requiredRoles(UUID tenantId) {
        return tx.execute(s -> jdbc.sql("select required_role_ids from mfa_policy where tenant_id = :tenant")
                .param("tenant", tenantId)
                .query((rs, n) -> {
                    Array array = rs.getArray(1);
                    return (Set<UUID>) new LinkedHashSet<>(Arrays.asList((UUID[]) array.getArray()));
                })
                .optional()
                .orElse(Set.of()));
    }

    void saveRequiredRoles(UUID tenantId, Set<UUID> roleIds) {
        tx.executeWithoutResult(s -> jdbc.sql("""
                        insert into mfa_policy (tenant_id, required_role_ids, updated_at) values (:tenant, cast(:roles as uuid[]), :now)
                        on conflict (tenant_id) do update set required_role_ids = excluded.required_role_ids,
                            updated_at = excluded.updated_at
                        """)
                .param("tenant", tenantId)
                .param("roles", roleIds.stream().map(UUID::toString).toArray(String[]::new))
                .param("now", Timestamp.from(Instant.now()))
                .update());
    }
}
