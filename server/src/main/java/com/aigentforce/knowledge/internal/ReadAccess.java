package com.aigentforce.knowledge.internal;

import com.aigentforce.platform.security.Caller;
import com.aigentforce.users.Memberships;
import com.aigentforce.users.Permissions;
import java.sql.Array;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Decides, from PostgreSQL at the moment of asking, what a caller may read and edit: knowledge bases whose
 * readers (or editors) include the tenant, the person, one of their roles or teams — all of them with
 * {@code kb:admin} — minus documents whose own readers narrow them away. Search applies the result inside the
 * index query, before ranking.
 */
@Component
class ReadAccess {

    /** What one caller may see: readable and editable knowledge bases, and documents hidden from them inside those. */
    record Scope(Set<UUID> readable, Set<UUID> editable, Set<UUID> hiddenDocuments) {

        boolean canRead(UUID knowledgeBaseId) {
            return readable.contains(knowledgeBaseId);
        }

        boolean canEdit(UUID knowledgeBaseId) {
            return editable.contains(knowledgeBaseId);
        }

        boolean canRead(Document document) {
            return canRead(document.knowledgeBaseId()) && !hiddenDocuments.contains(document.id());
        }
    }

    private final JdbcTemplate jdbc;
    private final Memberships memberships;

    ReadAccess(JdbcTemplate jdbc, Memberships memberships) {
        this.jdbc = jdbc;
        this.memberships = memberships;
    }

    /** Must run inside a transaction (the caller's service method), so it reads what that transaction sees. */
    Scope of(Caller caller) {
        boolean admin = caller.has(Permissions.KB_ADMIN);
        String[] principals = Principals.of(caller.userId(), memberships.of(caller.tenantId(), caller.userId()));
        Set<UUID> readable = new HashSet<>();
        Set<UUID> editable = new HashSet<>();
        jdbc.query(
                "select id, readers && ?::text[] as reads, editors && ?::text[] as edits"
                        + " from knowledge_base where tenant_id = ?",
                ps -> {
                    Array array = ps.getConnection().createArrayOf("text", principals);
                    ps.setArray(1, array);
                    ps.setArray(2, array);
                    ps.setObject(3, caller.tenantId());
                },
                rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    boolean edits = admin || rs.getBoolean("edits");
                    if (edits || rs.getBoolean("reads")) {
                        readable.add(id);
                    }
                    if (edits) {
                        editable.add(id);
                    }
                });
        Set<UUID> hidden = new HashSet<>();
        if (!admin) {
            List<UUID> narrowed = jdbc.query(
                    "select d.id from kb_document d join knowledge_base k on k.id = d.knowledge_base_id"
                            + " where d.tenant_id = ? and d.readers is not null and d.deleted_at is null"
                            + " and not (d.readers && ?::text[]) and not (k.editors && ?::text[])",
                    ps -> {
                        Array array = ps.getConnection().createArrayOf("text", principals);
                        ps.setObject(1, caller.tenantId());
                        ps.setArray(2, array);
                        ps.setArray(3, array);
                    },
                    (rs, row) -> rs.getObject(1, UUID.class));
            hidden.addAll(narrowed);
        }
        return new Scope(Set.copyOf(readable), Set.copyOf(editable), Set.copyOf(hidden));
    }
}
