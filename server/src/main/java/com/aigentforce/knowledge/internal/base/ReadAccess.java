package com.aigentforce.knowledge.internal.base;

import com.aigentforce.platform.security.Caller;
import com.aigentforce.users.Memberships;
import com.aigentforce.users.Permissions;
import java.sql.Array;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Decides, from PostgreSQL at the moment of asking, what a caller may read and edit: knowledge bases whose
 * readers include the tenant, the person, one of their roles or teams, or whose editors do (editors count only
 * with {@code kb:write}; {@code kb:admin} reads and edits all) — minus documents whose own readers narrow them
 * away from people who are not editors of their knowledge base. Search applies the result inside the
 * index query, before ranking.
 */
@Component
public class ReadAccess {

    /** What one caller may see: readable and editable knowledge bases, and documents hidden from them inside those. */
    public record Scope(Set<UUID> readable, Set<UUID> editable, Set<UUID> hiddenDocuments) {

        public boolean canRead(UUID knowledgeBaseId) {
            return readable.contains(knowledgeBaseId);
        }

        public boolean canEdit(UUID knowledgeBaseId) {
            return editable.contains(knowledgeBaseId);
        }

        public boolean canRead(UUID knowledgeBaseId, UUID documentId) {
            return canRead(knowledgeBaseId) && !hiddenDocuments.contains(documentId);
        }
    }

    private final JdbcTemplate jdbc;
    private final Memberships memberships;

    ReadAccess(JdbcTemplate jdbc, Memberships memberships) {
        this.jdbc = jdbc;
        this.memberships = memberships;
    }

    /** Must run inside a transaction (the caller's service method), so it reads what that transaction sees. */
    public Scope of(Caller caller) {
        boolean admin = caller.has(Permissions.KB_ADMIN);
        boolean writer = admin || caller.has(Permissions.KB_WRITE);
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
                    // being listed as an editor counts only for people who may write at all
                    boolean edits = admin || (writer && rs.getBoolean("edits"));
                    if (edits || rs.getBoolean("reads")) {
                        readable.add(id);
                    }
                    if (edits) {
                        editable.add(id);
                    }
                });
        Set<UUID> hidden = new HashSet<>();
        if (!admin) {
            jdbc.query(
                    "select id, knowledge_base_id from kb_document"
                            + " where tenant_id = ? and readers is not null and deleted_at is null"
                            + " and not (readers && ?::text[])",
                    ps -> {
                        ps.setObject(1, caller.tenantId());
                        ps.setArray(2, ps.getConnection().createArrayOf("text", principals));
                    },
                    rs -> {
                        UUID knowledgeBase = rs.getObject("knowledge_base_id", UUID.class);
                        if (readable.contains(knowledgeBase) && !editable.contains(knowledgeBase)) {
                            hidden.add(rs.getObject("id", UUID.class));
                        }
                    });
        }
        return new Scope(Set.copyOf(readable), Set.copyOf(editable), Set.copyOf(hidden));
    }
}
