package com.aigentforce.ai.internal.provider;

import com.aigentforce.platform.crypto.SealedSecrets;
import com.aigentforce.platform.crypto.SecretCipher;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Model providers' API keys in {@code ai_provider}, for the {@code reseal-secrets} command. */
@Component
class ProviderKeys implements SealedSecrets {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SecretCipher cipher;

    ProviderKeys(JdbcClient jdbc, TransactionTemplate tx, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.cipher = cipher;
    }

    @Override
    public String description() {
        return "AI model provider API keys";
    }

    /** Each row is rewritten only if it still holds the value read, so a concurrent change is never undone. */
    @Override
    public int resealAll() {
        record Row(UUID id, String apiKey) {}
        var rows = tx.execute(s -> jdbc.sql("select id, api_key from ai_provider where api_key is not null")
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("api_key")))
                .list());
        int resealed = 0;
        for (Row row : rows) {
            if (cipher.isCurrent(row.apiKey())) {
                continue;
            }
            String sealed = cipher.reseal(row.apiKey());
            Integer updated = tx.execute(
                    s -> jdbc.sql("update ai_provider set api_key = :sealed where id = :id and api_key = :old")
                            .param("sealed", sealed)
                            .param("id", row.id())
                            .param("old", row.apiKey())
                            .update());
            resealed += updated == null ? 0 : updated;
        }
        return resealed;
    }
}
