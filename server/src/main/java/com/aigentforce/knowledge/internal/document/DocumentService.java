package com.aigentforce.knowledge.internal.document;

import com.aigentforce.audit.AuditEvent;
import com.aigentforce.knowledge.StorageQuota;
import com.aigentforce.knowledge.internal.KnowledgeProperties;
import com.aigentforce.knowledge.internal.base.KnowledgeBase;
import com.aigentforce.knowledge.internal.base.KnowledgeBaseService;
import com.aigentforce.knowledge.internal.base.Principals;
import com.aigentforce.knowledge.internal.base.ReadAccess;
import com.aigentforce.knowledge.internal.embedding.EmbeddingModelSpec;
import com.aigentforce.knowledge.internal.index.Chunk;
import com.aigentforce.knowledge.internal.index.Chunks;
import com.aigentforce.platform.Ids;
import com.aigentforce.platform.InvalidField;
import com.aigentforce.platform.security.Caller;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.platform.storage.ObjectStorage;
import com.aigentforce.platform.storage.StoredObject;
import com.aigentforce.tenancy.TenantContext;
import com.aigentforce.users.UserNames;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Documents and their versions: upload (stored, then queued for ingestion), read, list, delete. */
@Service
public class DocumentService {

    private final KnowledgeBaseService knowledgeBases;
    private final Documents documents;
    private final DocumentVersions versions;
    private final Chunks chunks;
    private final ReadAccess access;
    private final DocumentAccess documentAccess;
    private final ObjectStorage storage;
    private final IngestionQueue queue;
    private final KnowledgeProperties properties;
    private final EntityManager entityManager;
    private final StorageQuota quota;
    private final UserNames names;
    private final ApplicationEventPublisher events;
    private final FileTypes fileTypes;

    DocumentService(
            KnowledgeBaseService knowledgeBases,
            Documents documents,
            DocumentVersions versions,
            Chunks chunks,
            ReadAccess access,
            DocumentAccess documentAccess,
            ObjectStorage storage,
            IngestionQueue queue,
            KnowledgeProperties properties,
            EntityManager entityManager,
            StorageQuota quota,
            UserNames names,
            ApplicationEventPublisher events,
            FileTypes fileTypes) {
        this.knowledgeBases = knowledgeBases;
        this.documents = documents;
        this.versions = versions;
        this.chunks = chunks;
        this.access = access;
        this.documentAccess = documentAccess;
        this.storage = storage;
        this.queue = queue;
        this.properties = properties;
        this.entityManager = entityManager;
        this.quota = quota;
        this.names = names;
        this.events = events;
        this.fileTypes = fileTypes;
    }

    /** The largest file an upload may be, and the types whose text can be read. */
    public record UploadPolicy(long maxFileSizeBytes, List<ReadableTypes.ReadableType> readableTypes) {}

    public UploadPolicy uploadPolicy() {
        return new UploadPolicy(properties.maxFileSize().toBytes(), ReadableTypes.ALL);
    }

    @Transactional
    public DocumentDetails upload(UUID knowledgeBaseId, DocumentUpload upload) {
        Caller caller = CurrentCaller.get();
        ReadAccess.Scope scope = access.of(caller);
        KnowledgeBase kb = documentAccess.editableKnowledgeBase(knowledgeBaseId, scope);
        UploadedFile file = requireFile(upload.file());
        Document document = documents.save(new Document(
                kb.id(),
                upload.title() != null ? upload.title() : file.fileName(),
                upload.tags() == null ? List.of() : upload.tags(),
                upload.metadata() == null ? Map.of() : upload.metadata(),
                caller.userId()));
        if (upload.readers() != null) {
            document.narrowReaders(Principals.encode("readers", upload.readers()));
        }
        DocumentVersion version = store(document, file, caller);
        auditUpload("document.uploaded", document, version);
        return named(DocumentDetails.of(document, version, null, null, null));
    }

    @Transactional
    public DocumentDetails addVersion(UUID documentId, DocumentUpload upload) {
        Caller caller = CurrentCaller.get();
        ReadAccess.Scope scope = access.of(caller);
        Document document = documentAccess.editable(documentId, scope);
        UploadedFile file = requireFile(upload.file());
        document.describe(upload.title(), upload.tags(), upload.metadata());
        if (upload.readers() != null) {
            document.narrowReaders(Principals.encode("readers", upload.readers()));
        }
        DocumentVersion version = store(document, file, caller);
        auditUpload("document.version_uploaded", document, version);
        return named(DocumentDetails.of(document, version, current(document), null, null));
    }

    // one snapshot: the document row and its versions' rows are read by separate statements, and under read
    // committed a version that becomes indexed in between showed "indexed" with the old currentVersion
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public DocumentDetails get(UUID id, Set<String> include) {
        Document document = documentAccess.readable(id, access.of(CurrentCaller.get()));
        DocumentVersion latest = version(document, document.latestVersion());
        DocumentVersion current = current(document);
        String content = include.contains("content") ? (current != null ? current : latest).content() : null;
        float[] embedding = include.contains("embedding") && current != null ? meanEmbedding(current.id()) : null;
        return named(DocumentDetails.of(document, latest, current, content, embedding));
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Page<DocumentDetails> list(UUID knowledgeBaseId, PageRequest page) {
        ReadAccess.Scope scope = access.of(CurrentCaller.get());
        KnowledgeBase kb = knowledgeBases.readable(knowledgeBaseId, scope);
        Set<UUID> hidden = new HashSet<>(scope.hiddenDocuments());
        hidden.add(TenantContext.NONE); // "not in ()" is not valid JPQL
        Page<Document> found =
                documents.findVisible(kb.id(), hidden, page.withSort(Sort.by(Sort.Direction.DESC, "createdAt", "id")));
        Map<String, DocumentVersion> byKey =
                versions
                        .findByDocumentIdIn(
                                found.getContent().stream().map(Document::id).toList())
                        .stream()
                        .collect(Collectors.toMap(v -> v.documentId() + ":" + v.number(), Function.identity()));
        Map<UUID, String> uploaders = names.displayNames(
                TenantContext.current(),
                found.getContent().stream().map(Document::uploadedBy).toList());
        return found.map(d -> DocumentDetails.of(
                        d,
                        byKey.get(d.id() + ":" + d.latestVersion()),
                        d.currentVersion() == null ? null : byKey.get(d.id() + ":" + d.currentVersion()),
                        null,
                        null)
                .withUploaderName(uploaders.get(d.uploadedBy())));
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<VersionDetails> versions(UUID documentId) {
        Document document = documentAccess.readable(documentId, access.of(CurrentCaller.get()));
        return versions.findByDocumentIdOrderByNumberDesc(document.id()).stream()
                .map(v -> VersionDetails.of(v, document.currentVersion()))
                .toList();
    }

    /** Gone from search when this returns: the chunks leave the index with the commit. Files stay for retention. */
    @Transactional
    public void delete(UUID documentId) {
        Caller caller = CurrentCaller.get();
        ReadAccess.Scope scope = access.of(caller);
        Document document = documentAccess.editable(documentId, scope);
        document.delete();
        documents.flush();
        chunks.deleteAll(chunks.findByDocumentId(document.id()));
        events.publishEvent(AuditEvent.byCurrentCaller(
                        "document.deleted",
                        "document",
                        document.id(),
                        Map.of(
                                "title",
                                document.title(),
                                "knowledgeBaseId",
                                document.knowledgeBaseId().toString()))
                .named(document.title()));
    }

    /** {@code document.uploaded} / {@code document.version_uploaded} (also for URL imports, with the URL). */
    public void auditUpload(String action, Document document, DocumentVersion version) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("knowledgeBaseId", document.knowledgeBaseId().toString());
        details.put("version", version.number());
        details.put("fileName", version.fileName());
        if (version.sourceUrl() != null) {
            details.put("url", version.sourceUrl());
        } else {
            details.put("bytes", version.sizeBytes());
        }
        events.publishEvent(AuditEvent.byCurrentCaller(action, "document", document.id(), details)
                .named(document.title()));
    }

    /** The document with the uploader's display name looked up. */
    public DocumentDetails named(DocumentDetails details) {
        return details.withUploaderName(names.displayNames(TenantContext.current(), List.of(details.uploadedBy()))
                .get(details.uploadedBy()));
    }

    private DocumentVersion store(Document document, UploadedFile file, Caller caller) {
        quota.check(caller.tenantId(), file.size());
        int number = document.nextVersionNumber();
        UUID versionId = Ids.next();
        String key = DocumentFiles.keyOf(caller.tenantId(), document.id(), versionId);
        var stored = put(key, file);
        DocumentVersion version = new DocumentVersion(
                versionId,
                document.id(),
                number,
                key,
                file.fileName(),
                file.declaredType(),
                stored.size(),
                stored.sha256(),
                caller.userId());
        entityManager.persist(version);
        documents.flush();
        queue.enqueue(caller.tenantId(), versionId);
        return version;
    }

    private StoredObject put(String key, UploadedFile file) {
        try (InputStream in = file.open()) {
            return storage.put(key, in, file.size(), file.declaredType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UploadedFile requireFile(UploadedFile file) {
        if (file == null) {
            throw new InvalidField("file", "is required (a multipart part named 'file')");
        }
        long limit = properties.maxFileSize().toBytes();
        if (file.size() > limit) {
            throw new FileTooLarge(file.size(), limit);
        }
        // refused now rather than stored as a version that can only fail (and would count towards storage)
        fileTypes.requireReadable(file);
        return file;
    }

    private DocumentVersion current(Document document) {
        return document.currentVersion() == null ? null : version(document, document.currentVersion());
    }

    private DocumentVersion version(Document document, int number) {
        return versions.findByDocumentIdAndNumber(document.id(), number).orElseThrow();
    }

    /** The normalised mean of the chunks' vectors (mid re-embedding: of those of the model most chunks have). */
    private float[] meanEmbedding(UUID versionId) {
        List<Chunk> all = chunks.findByVersionIdOrderByOrdinal(versionId);
        String model = all.stream()
                .collect(Collectors.groupingBy(Chunk::embeddingModel, Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(EmbeddingModelSpec.BUILTIN);
        List<Chunk> same =
                all.stream().filter(c -> model.equals(c.embeddingModel())).toList();
        float[] mean = new float
                [same.isEmpty()
                        ? EmbeddingModelSpec.BUILTIN_DIMENSIONS
                        : same.getFirst().embedding().length];
        for (Chunk chunk : same) {
            float[] e = chunk.embedding();
            for (int i = 0; i < mean.length; i++) {
                mean[i] += e[i];
            }
        }
        double norm = 0;
        for (float v : mean) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] /= (float) norm;
            }
        }
        return mean;
    }
}
