package com.aigentforce.knowledge.internal.embedding;

import com.aigentforce.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code kb_embedding_model} rows: for each knowledge base, the models whose vectors its chunks may hold (its
 * current model and, until a re-embedding has moved every chunk, the earlier ones). A knowledge base without rows
 * uses the built-in model only. Every query is bound to the current tenant.
 */
@Component
public class EmbeddingModelStore {

    /** A model in use and the knowledge bases (of the ones asked about) whose chunks may hold its vectors. */
    public record ModelInUse(EmbeddingModelSpec model, Set<UUID> knowledgeBases) {}

    private final JdbcClient jdbc;

    EmbeddingModelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The knowledge base's model with this key; the built-in one for {@code builtin}. */
    public Optional<EmbeddingModelSpec> find(UUID knowledgeBaseId, String key) {
        if (EmbeddingModelSpec.BUILTIN.equals(key)) {
            return Optional.of(EmbeddingModelSpec.builtin());
        }
        return jdbc.sql("select * from kb_embedding_model where tenant_id = ? and knowledge_base_id = ?"
                        + " and model_key = ?")
                .params(TenantContext.current(), knowledgeBaseId, key)
                .query(EmbeddingModelStore::spec)
                .optional();
    }

    /** The knowledge base's current model (from {@code knowledge_base.embedding_model_key}). */
    public EmbeddingModelSpec current(UUID knowledgeBaseId) {
        String key = jdbc.sql("select embedding_model_key from knowledge_base where tenant_id = ? and id = ?")
                .params(TenantContext.current(), knowledgeBaseId)
                .query(String.class)
                .optional()
                .orElse(EmbeddingModelSpec.BUILTIN);
        return find(knowledgeBaseId, key).orElseGet(EmbeddingModelSpec::builtin);
    }

    /** The models in use in these knowledge bases, grouped by model key. */
    public List<ModelInUse> inUse(Collection<UUID> knowledgeBaseIds) {
        Map<String, EmbeddingModelSpec> models = new LinkedHashMap<>();
        Map<String, Set<UUID>> groups = new HashMap<>();
        Set<UUID> withRows = new HashSet<>();
        jdbc.sql("select * from kb_embedding_model where tenant_id = ? and knowledge_base_id = any(?)")
                .params(TenantContext.current(), knowledgeBaseIds.toArray(UUID[]::new))
                .query(rs -> {
                    EmbeddingModelSpec spec = spec(rs, 0);
                    UUID kb = rs.getObject("knowledge_base_id", UUID.class);
                    models.putIfAbsent(spec.key(), spec);
                    groups.computeIfAbsent(spec.key(), k -> new HashSet<>()).add(kb);
                    withRows.add(kb);
                });
        for (UUID kb : knowledgeBaseIds) {
            if (!withRows.contains(kb)) {
                models.putIfAbsent(EmbeddingModelSpec.BUILTIN, EmbeddingModelSpec.builtin());
                groups.computeIfAbsent(EmbeddingModelSpec.BUILTIN, k -> new HashSet<>())
                        .add(kb);
            }
        }
        return models.values().stream()
                .map(m -> new ModelInUse(m, Set.copyOf(groups.get(m.key()))))
                .toList();
    }

    /** Records a model of the knowledge base (or replaces its sealed API key, if the model is already there). */
    public void save(UUID knowledgeBaseId, EmbeddingModelSpec spec) {
        jdbc.sql("insert into kb_embedding_model (knowledge_base_id, model_key, tenant_id, provider, base_url, model,"
                        + " dimensions, send_dimensions, api_key, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (knowledge_base_id, model_key) do update set api_key = excluded.api_key,"
                        + " send_dimensions = excluded.send_dimensions")
                .params(
                        knowledgeBaseId,
                        spec.key(),
                        TenantContext.current(),
                        spec.provider(),
                        spec.baseUrl(),
                        spec.model(),
                        spec.dimensions(),
                        spec.sendDimensions(),
                        spec.sealedApiKey(),
                        Timestamp.from(Instant.now()))
                .update();
    }

    /** After every chunk moved to {@code key}: the other models are no longer in use (none at all for built-in). */
    public void keepOnly(UUID knowledgeBaseId, String key) {
        jdbc.sql("delete from kb_embedding_model where tenant_id = ? and knowledge_base_id = ?"
                        + " and (model_key <> ? or model_key = 'builtin')")
                .params(TenantContext.current(), knowledgeBaseId, key)
                .update();
    }

    private static EmbeddingModelSpec spec(ResultSet rs, int row) throws SQLException {
        if (EmbeddingModelSpec.BUILTIN.equals(rs.getString("provider"))) {
            return EmbeddingModelSpec.builtin();
        }
        return new EmbeddingModelSpec(
                rs.getString("model_key"),
                rs.getString("provider"),
                rs.getString("base_url"),
                rs.getString("model"),
                rs.getInt("dimensions"),
                rs.getBoolean("send_dimensions"),
                rs.getString("api_key"));
    }
}
