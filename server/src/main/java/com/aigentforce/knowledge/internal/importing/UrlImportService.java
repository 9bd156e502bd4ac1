package com.aigentforce.knowledge.internal.importing;

import com.aigentforce.knowledge.StorageQuota;
import com.aigentforce.knowledge.internal.base.KnowledgeAuditor;
import com.aigentforce.knowledge.internal.base.KnowledgeBase;
import com.aigentforce.knowledge.internal.base.Principals;
import com.aigentforce.knowledge.internal.base.ReadAccess;
import com.aigentforce.knowledge.internal.document.Document;
import com.aigentforce.knowledge.internal.document.DocumentAccess;
import com.aigentforce.knowledge.internal.document.DocumentDetails;
import com.aigentforce.knowledge.internal.document.DocumentFiles;
import com.aigentforce.knowledge.internal.document.DocumentService;
import com.aigentforce.knowledge.internal.document.DocumentVersion;
import com.aigentforce.knowledge.internal.document.DocumentVersions;
import com.aigentforce.knowledge.internal.document.Documents;
import com.aigentforce.knowledge.internal.importing.UrlImportJobs.FetchQueue;
import com.aigentforce.platform.Ids;
import com.aigentforce.platform.InvalidField;
import com.aigentforce.platform.outbound.OutboundRequestFailed;
import com.aigentforce.platform.outbound.OutboundTargetRefused;
import com.aigentforce.platform.security.Caller;
import com.aigentforce.platform.security.CurrentCaller;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports from a URL. The request only checks the address (scheme, and that the SSRF guard lets it through as it
 * resolves now) and records a {@code fetching} version; the durable fetch job downloads the file through the guard
 * (so a slow server never holds a request thread), then the version is {@code stored} and queued for ingestion like
 * an upload.
 */
@Service
public class UrlImportService {

    private final DocumentService documentService;
    private final DocumentAccess documentAccess;
    private final Documents documents;
    private final DocumentVersions versions;
    private final ReadAccess access;
    private final UrlImportClient client;
    private final StorageQuota quota;
    private final FetchQueue queue;
    private final EntityManager entityManager;
    private final KnowledgeAuditor auditor;

    UrlImportService(
            DocumentService documentService,
            DocumentAccess documentAccess,
            Documents documents,
            DocumentVersions versions,
            ReadAccess access,
            UrlImportClient client,
            StorageQuota quota,
            FetchQueue queue,
            EntityManager entityManager,
            KnowledgeAuditor auditor) {
        this.documentService = documentService;
        this.documentAccess = documentAccess;
        this.documents = documents;
        this.versions = versions;
        this.access = access;
        this.client = client;
        this.quota = quota;
        this.queue = queue;
        this.entityManager = entityManager;
        this.auditor = auditor;
    }

    @Transactional
    public DocumentDetails importDocument(UUID knowledgeBaseId, UrlImportCommand request) {
        Caller caller = CurrentCaller.get();
        ReadAccess.Scope scope = access.of(caller);
        KnowledgeBase kb = documentAccess.editableKnowledgeBase(knowledgeBaseId, scope);
        URI url = checked(request.url(), caller, "knowledge_base", kb.id(), kb.name());
        String fileName = UrlImportClient.fileNameOf(url);
        Document document = documents.save(new Document(
                kb.id(),
                request.title() != null ? request.title() : fileName,
                request.tags() == null ? List.of() : request.tags(),
                request.metadata() == null ? Map.of() : request.metadata(),
                caller.userId()));
        if (request.readers() != null) {
            document.narrowReaders(Principals.encode("readers", request.readers()));
        }
        DocumentVersion version = startFetching(document, url, fileName, caller);
        documentService.auditUpload("document.uploaded", document, version);
        return documentService.named(DocumentDetails.of(document, version, null, null, null));
    }

    @Transactional
    public DocumentDetails importVersion(UUID documentId, UrlImportCommand request) {
        Caller caller = CurrentCaller.get();
        ReadAccess.Scope scope = access.of(caller);
        Document document = documentAccess.editable(documentId, scope);
        URI url = checked(request.url(), caller, "document", document.id(), document.title());
        document.describe(request.title(), request.tags(), request.metadata());
        if (request.readers() != null) {
            document.narrowReaders(Principals.encode("readers", request.readers()));
        }
        DocumentVersion version = startFetching(document, url, UrlImportClient.fileNameOf(url), caller);
        documentService.auditUpload("document.version_uploaded", document, version);
        DocumentVersion current = document.currentVersion() == null
                ? null
                : versions.findByDocumentIdAndNumber(document.id(), document.currentVersion())
                        .orElseThrow();
        return documentService.named(DocumentDetails.of(document, version, current, null, null));
    }

    private DocumentVersion startFetching(Document document, URI url, String fileName, Caller caller) {
        int number = document.nextVersionNumber();
        UUID versionId = Ids.next();
        String key = DocumentFiles.keyOf(caller.tenantId(), document.id(), versionId);
        DocumentVersion version = DocumentVersion.importing(
                versionId, document.id(), number, key, fileName, url.toString(), caller.userId());
        entityManager.persist(version);
        documents.flush();
        queue.enqueue(caller.tenantId(), versionId);
        return version;
    }

    /** An absolute http(s) URL the guard would let through now (it checks again on every connection). */
    private URI checked(String raw, Caller caller, String targetType, UUID targetId, String targetName) {
        URI url;
        try {
            url = new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw new InvalidField("url", "is not a valid URL");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new InvalidField("url", "must be an absolute http or https URL with a host");
        }
        if (url.getUserInfo() != null) {
            throw new InvalidField("url", "must not contain credentials");
        }
        try {
            client.checkTarget(url); // OutboundTargetRefused: 422 with the reason
        } catch (OutboundTargetRefused e) {
            auditor.recordRefusal(
                    "document.import_refused",
                    targetType,
                    targetId,
                    targetName,
                    Map.of("url", url.toString(), "host", e.host(), "reason", e.reason()));
            throw e;
        } catch (OutboundRequestFailed e) {
            throw new InvalidField("url", e.getMessage());
        }
        quota.check(caller.tenantId(), 1);
        return url;
    }
}
