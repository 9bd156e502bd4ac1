package com.aigentforce.identity.internal;

import com.aigentforce.platform.crypto.SealedSecrets;
import com.aigentforce.platform.crypto.SecretCipher;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The TOTP secrets in {@code mfa_totp}, for the {@code reseal-secrets} command after an encryption-key rotation. */
@Component
class TotpSecrets implements SealedSecrets {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SecretCipher cipher;

    TotpSecrets(JdbcClient jdbc, TransactionTemplate tx, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.cipher = cipher;
    }

    @Override
    public String description() {
        return "TOTP secrets";
    }

    /** Each row is rewritten only if it still holds the value read, so a concurrent re-enrolment is never undone. */
    @Override
    public int resealAll() {
        record Row(UUID userId, String secret) {}
        var rows = tx.execute(s -> jdbc.sql("select user_id, secret from mfa_totp")
                .query((rs, n) -> new Row(rs.getObject("user_id", UUID.class), rs.getString("secret")))
                .list());
        int resealed = 0;
        for (Row row : rows) {
            if (cipher.isCurrent(row.secret())) {
                continue;
            }
            String resealedValue = cipher.reseal(row.secret());
            Integer updated = tx.execute(
                    s -> jdbc.sql("update mfa_totp set secret = :sealed where user_id = :user and secret = :old")
                            .param("sealed", resealedValue)
                            .param("user", row.userId())
                            .param("old", row.secret())
                            .update());
            resealed += updated == null ? 0 : updated;
        }
        return resealed;
    }
}
