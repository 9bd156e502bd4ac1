package com.aigentforce.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.audit.AuditEvent;
import com.aigentforce.identity.AccountDirectory;
import com.aigentforce.knowledge.internal.base.KnowledgeBaseCommand;
import com.aigentforce.knowledge.internal.base.KnowledgeBaseService;
import com.aigentforce.knowledge.internal.document.DocumentDetails;
import com.aigentforce.knowledge.internal.document.DocumentService;
import com.aigentforce.knowledge.internal.document.DocumentUpload;
import com.aigentforce.knowledge.internal.document.UploadedFile;
import com.aigentforce.platform.security.Caller;
import com.aigentforce.tenancy.Tenancy;
import com.aigentforce.tenancy.TenantContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The knowledge module with the modules whose beans it uses (users for memberships, realtime for live events, and
 * identity, which both need) plus platform and tenancy; no audit, no HTTP client. An upload is ingested to the end;
 * a deletion is announced as an audit event.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"platform", "tenancy", "identity"},
        // realtime's WebSocket endpoint needs a servlet container even when nobody connects
        webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KnowledgeModuleTest {

    private static final Set<String> EDITOR = Set.of("kb:read", "kb:write", "kb:admin");

    @Autowired
    Tenancy tenancy;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    KnowledgeBaseService knowledgeBases;

    @Autowired
    DocumentService documents;

    @Autowired
    JdbcClient jdbc;

    UUID tenant;
    UUID kb;

    @BeforeEach
    void signInAnEditorWithAKnowledgeBase() {
        tenant = TenantContext.callAsSystem(
                () -> tenancy.create("Knowledge Module Org").id());
        UUID owner = TenantContext.callAsSystem(() -> accounts.registerOwner(
                tenant, "Kim Editor", "kim-" + UUID.randomUUID() + "@example.test", "not-a-real-hash"));
        Caller caller = new Caller(owner, tenant, UUID.randomUUID(), "kim@example.test", EDITOR);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(caller, null, java.util.List.of()));
        kb = asTenant(() -> knowledgeBases
                .create(new KnowledgeBaseCommand("Handbook", null, null, null))
                .id());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anUploadedDocumentIsIngestedToTheEnd(Scenario scenario) {
        // the ingestion job runs on the scheduler's threads: the scenario watches the version's row, not events
        TenantContext.runAs(
                tenant,
                () -> scenario.stimulate(() -> documents.upload(kb, upload("leave.txt")))
                        .andWaitAtMost(Duration.ofSeconds(90))
                        .andWaitForStateChange(() -> versionStatus(), "indexed"::equals)
                        .andVerify(status -> assertThat(chunkCount()).isPositive()));
    }

    @Test
    void deletingADocumentIsAnnouncedForTheAuditTrail(Scenario scenario) {
        DocumentDetails stored = asTenant(() -> documents.upload(kb, upload("expenses.txt")));

        TenantContext.runAs(
                tenant,
                () -> scenario.stimulate(() -> documents.delete(stored.id()))
                        .andWaitForEventOfType(AuditEvent.class)
                        .matching(event -> event.action().equals("document.deleted"))
                        .toArriveAndVerify(event -> {
                            assertThat(event.tenantId()).isEqualTo(tenant);
                            assertThat(event.targetId()).isEqualTo(stored.id().toString());
                            assertThat(event.details()).containsEntry("knowledgeBaseId", kb.toString());
                        }));
    }

    private String versionStatus() {
        return jdbc.sql("""
                        select v.status from kb_document_version v join kb_document d on d.id = v.document_id
                        where d.knowledge_base_id = :kb""").param("kb", kb).query(String.class).optional().orElse("none");
    }

    private int chunkCount() {
        return jdbc.sql("select count(*) from kb_chunk c join kb_document d on d.id = c.document_id"
                        + " where d.knowledge_base_id = :kb")
                .param("kb", kb)
                .query(Integer.class)
                .single();
    }

    private <T> T asTenant(Supplier<T> work) {
        return TenantContext.callAs(tenant, work);
    }

    private static DocumentUpload upload(String name) {
        byte[] text = "Staff receive twenty-five days of annual leave.\n\nExpenses are filed within a week."
                .getBytes(StandardCharsets.UTF_8);
        return new DocumentUpload(
                new UploadedFile(name, "text/plain", text.length, new ByteArrayResource(text)), null, null, null, null);
    }
}
