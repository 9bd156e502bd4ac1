package com.aigentforce.knowledge.internal.embedding;

import com.aigentforce.platform.crypto.SealedSecrets;
import com.aigentforce.platform.crypto.SecretCipher;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Embedding providers' API keys in {@code kb_embedding_model}, for the {@code reseal-secrets} command. */
@Component
class KnowledgeEmbeddingKeys implements SealedSecrets {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SecretCipher cipher;

    KnowledgeEmbeddingKeys(JdbcClient jdbc, TransactionTemplate tx, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.cipher = cipher;
    }

    @Override
    public String description() {
        return "knowledge-base embedding provider API keys";
    }

    /** Each row is rewritten only if it still holds the value read, so a concurrent change is never undone. */
    @Override
    public int resealAll() {
        record Row(UUID knowledgeBaseId, String modelKey, String apiKey) {}
        var rows = tx.execute(s -> jdbc.sql(
                        "select knowledge_base_id, model_key, api_key from kb_embedding_model where api_key is not null")
                .query((rs, n) -> new Row(
                        rs.getObject("knowledge_base_id", UUID.class),
                        rs.getString("model_key"),
                        rs.getString("api_key")))
                .list());
        int resealed = 0;
        for (Row row : rows) {
            if (cipher.isCurrent(row.apiKey())) {
                continue;
            }
            String sealed = cipher.reseal(row.apiKey());
            Integer updated = tx.execute(s -> jdbc.sql("update kb_embedding_model set api_key = :sealed"
                            + " where knowledge_base_id = :kb and model_key = :model and api_key = :old")
                    .param("sealed", sealed)
                    .param("kb", row.knowledgeBaseId())
                    .param("model", row.modelKey())
                    .param("old", row.apiKey())
                    .update());
            resealed += updated == null ? 0 : updated;
        }
        return resealed;
    }
}
