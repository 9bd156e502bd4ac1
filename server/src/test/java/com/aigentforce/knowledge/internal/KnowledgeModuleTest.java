package com.aigentforce.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.audit.AuditEvent;
import com.aigentforce.identity.AccountDirectory;
import com.aigentforce.knowledge.PassageRetrieval;
import com.aigentforce.knowledge.RetrievalRequest;
import com.aigentforce.knowledge.RetrievedPassage;
import com.aigentforce.knowledge.internal.base.KnowledgeBaseCommand;
import com.aigentforce.knowledge.internal.base.KnowledgeBaseService;
import com.aigentforce.knowledge.internal.base.Principals.Principal;
import com.aigentforce.knowledge.internal.document.DocumentDetails;
import com.aigentforce.knowledge.internal.document.DocumentService;
import com.aigentforce.knowledge.internal.document.DocumentUpload;
import com.aigentforce.knowledge.internal.document.UploadedFile;
import com.aigentforce.platform.security.Caller;
import com.aigentforce.tenancy.Tenancy;
import com.aigentforce.tenancy.TenantContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
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
 * a deletion is announced as an audit event; passage retrieval for the assistants answers with the asker's rights.
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

    @Autowired
    PassageRetrieval retrieval;

    UUID tenant;
    UUID kb;
    Caller editor;

    @BeforeEach
    void signInAnEditorWithAKnowledgeBase() {
        tenant = TenantContext.callAsSystem(
                () -> tenancy.create("Knowledge Module Org").id());
        UUID owner = TenantContext.callAsSystem(() -> accounts.registerOwner(
                tenant, "Kim Editor", "kim-" + UUID.randomUUID() + "@example.test", "not-a-real-hash"));
        editor = new Caller(owner, tenant, UUID.randomUUID(), "kim@example.test", EDITOR);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(editor, null, List.of()));
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

    @Test
    void retrievalAnswersWithTheAskersDocumentRightsOnlyInTheirOrganisationAndNothingForANonsenseQuestion() {
        DocumentDetails open = asTenant(() -> documents.upload(kb, upload("leave.txt")));
        // readable by the editor only: a reader of the knowledge base who is not its editor does not see it
        DocumentDetails board = asTenant(() -> documents.upload(
                kb,
                upload(
                        "board.txt",
                        "Board members receive forty days of annual leave and a company car.",
                        List.of(new Principal("user", editor.userId())))));
        awaitIndexed(open.id());
        awaitIndexed(board.id());
        Caller reader = new Caller(UUID.randomUUID(), tenant, UUID.randomUUID(), "rae@example.test", Set.of("kb:read"));
        String question = "How many days of annual leave do staff receive?";

        List<RetrievedPassage> forEditor = retrieve(editor, Set.of(kb), question);
        List<RetrievedPassage> forReader = retrieve(reader, Set.of(kb), question);

        assertThat(forEditor).extracting(RetrievedPassage::documentId).contains(open.id(), board.id());
        assertThat(forReader).extracting(RetrievedPassage::documentId).containsOnly(open.id());
        RetrievedPassage cited = forReader.getFirst();
        assertThat(cited.text()).contains("twenty-five days of annual leave");
        assertThat(cited.documentTitle()).isNotBlank();
        assertThat(cited.versionId()).isNotNull();
        assertThat(cited.chunkId()).isNotNull();
        assertThat(cited.relevance()).isBetween(0.0, 1.0);

        // a person of another organisation naming this organisation's knowledge base gets nothing
        UUID otherTenant = TenantContext.callAsSystem(
                () -> tenancy.create("Other Knowledge Org").id());
        Caller stranger = new Caller(UUID.randomUUID(), otherTenant, UUID.randomUUID(), "sam@example.test", EDITOR);
        assertThat(retrieve(stranger, Set.of(kb), question)).isEmpty();
        // no passage is relevant to a nonsense question, in any mode
        for (RetrievalRequest.Mode mode : RetrievalRequest.Mode.values()) {
            assertThat(retrieval.retrieve(new RetrievalRequest(editor, Set.of(kb), "zebra xylophone", mode, 5, null)))
                    .as(mode.name())
                    .isEmpty();
        }
    }

    private List<RetrievedPassage> retrieve(Caller asker, Set<UUID> knowledgeBases, String question) {
        return retrieval.retrieve(
                new RetrievalRequest(asker, knowledgeBases, question, RetrievalRequest.Mode.HYBRID, 10, null));
    }

    private void awaitIndexed(UUID document) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> versionStatus(document), "indexed"::equals);
    }

    private String versionStatus(UUID document) {
        return jdbc.sql("select status from kb_document_version where document_id = :document")
                .param("document", document)
                .query(String.class)
                .optional()
                .orElse("none");
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
        return upload(
                name, "Staff receive twenty-five days of annual leave.\n\nExpenses are filed within a week.", null);
    }

    private static DocumentUpload upload(String name, String content, List<Principal> readers) {
        byte[] text = content.getBytes(StandardCharsets.UTF_8);
        return new DocumentUpload(
                new UploadedFile(name, "text/plain", text.length, new ByteArrayResource(text)),
                null,
                null,
                null,
                readers);
    }
}
