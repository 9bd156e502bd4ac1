package com.aigentforce.knowledge.internal;

import com.aigentforce.audit.AuditEvent;
import com.aigentforce.knowledge.StorageQuota;
import com.aigentforce.knowledge.internal.IngestionJobs.IngestionQueue;
import com.aigentforce.knowledge.internal.KnowledgeViews.DocumentView;
import com.aigentforce.knowledge.internal.KnowledgeViews.VersionView;
import com.aigentforce.platform.Ids;
import com.aigentforce.platform.InvalidField;
import com.aigentforce.platform.NotFound;
import com.aigentforce.platform.PageResponse;
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
import java.util.ArrayList;
import java.util.HashSet;
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
import org.springframework.web.multipart.MultipartFile;

/** Documents and their versions: upload (stored, then queued for ingestion), read, list, delete. */
@Service
class DocumentService {

    private final KnowledgeBaseService knowledgeBases;
    private final Documents documents;
    private final DocumentVersions versions;
    private final Chunks chunks;
    private final ReadAccess access;
    private final ObjectStorage storage;
    private final IngestionQueue queue;
    private final KnowledgeProperties properties;
    private final EntityManager entityManager;
    private final StorageQuota quota;
    private final UserNames names;
    private final ApplicationEventPublisher events;

    DocumentService(
            KnowledgeBaseService knowledgeBases,
            Documents documents,
            DocumentVersions versions,
            Chunks chunks,
            ReadAccess access,
            ObjectStorage storage,
            IngestionQueue queue,
            KnowledgeProperties properties,
            EntityManager entityManager,
            StorageQuota quota,
            UserNames names,
            ApplicationEventPublisher events) {
        this.knowledgeBases = knowledgeBases;
        this.documents = documents;
        this.versions = versions;
        this.chunks = chunks;
        this.access = access;
        this.storage = storage;
        this.queue = queue;
        this.properties = properties;
        this.entityManager = entityManager;
        this.quota = quota;
        this.names = names;
        this.events = events;
    }

    @Transactional
    public DocumentView upload(UUID knowledgeBaseId, Upload upload) {
        Caller caller = CurrentCaller.get();
        ReadAccess.Scope scope = access.of(caller);
        KnowledgeBase kb = editableKnowledgeBase(knowledgeBaseId, scope);
        MultipartFile file = requireFile(upload.file());
        Document document = documents.save(new Document(
                kb.id(),
                upload.title() != null ? upload.title() : fileName(file),
                upload.tags() == null ? List.of() : upload.tags(),
                upload.metadata() == null ? Map.of() : upload.metadata(),
                caller.userId()));
        if (upload.readers() != null) {
            document.narrowReaders(Principals.encode("readers", upload.readers()));
        }
        DocumentVersion version = store(document, file, caller);
        return named(DocumentView.of(document, version, null, null, null));
    }

    @Transactional
    public DocumentView addVersion(UUID documentId, Upload upload) {
        Caller caller = CurrentCaller.get();
        ReadAccess.Scope scope = access.of(caller);
        Document document = editable(documentId, scope);
        MultipartFile file = requireFile(upload.file());
        document.describe(upload.title(), upload.tags(), upload.metadata());
        if (upload.readers() != null) {
            document.narrowReaders(Principals.encode("readers", upload.readers()));
        }
        DocumentVersion version = store(document, file, caller);
        return named(DocumentView.of(document, version, current(document), null, null));
    }

    // one snapshot: the document row and its versions' rows are read by separate statements, and under read
    // committed a version that becomes indexed in between showed "indexed" with the old currentVersion
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public DocumentView get(UUID id, Set<String> include) {
        Document document = readable(id, access.of(CurrentCaller.get()));
        DocumentVersion latest = version(document, document.latestVersion());
        DocumentVersion current = current(document);
        String content = include.contains("content") ? (current != null ? current : latest).content() : null;
        float[] embedding = include.contains("embedding") && current != null ? meanEmbedding(current.id()) : null;
        return named(DocumentView.of(document, latest, current, content, embedding));
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public PageResponse<DocumentView> list(UUID knowledgeBaseId, PageRequest page) {
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
        return PageResponse.of(
                found,
                d -> DocumentView.of(
                                d,
                                byKey.get(d.id() + ":" + d.latestVersion()),
                                d.currentVersion() == null ? null : byKey.get(d.id() + ":" + d.currentVersion()),
                                null,
                                null)
                        .withUploaderName(uploaders.get(d.uploadedBy())));
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<VersionView> versions(UUID documentId) {
        Document document = readable(documentId, access.of(CurrentCaller.get()));
        return versions.findByDocumentIdOrderByNumberDesc(document.id()).stream()
                .map(v -> VersionView.of(v, document.currentVersion()))
                .toList();
    }

    /** Gone from search when this returns: the chunks leave the index with the commit. Files stay for retention. */
    @Transactional
    public void delete(UUID documentId) {
        Caller caller = CurrentCaller.get();
        ReadAccess.Scope scope = access.of(caller);
        Document document = editable(documentId, scope);
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
                        document.knowledgeBaseId().toString())));
    }

    /** A knowledge base the caller may add documents to (404 when unreadable, 403 when read-only). */
    KnowledgeBase editableKnowledgeBase(UUID id, ReadAccess.Scope scope) {
        KnowledgeBase kb = knowledgeBases.readable(id, scope);
        if (!scope.canEdit(kb.id())) {
            throw new KnowledgeBaseNotEditable(kb.id());
        }
        return kb;
    }

    /** A document the caller may change (404 when unreadable, 403 when its knowledge base is read-only to them). */
    Document editable(UUID id, ReadAccess.Scope scope) {
        Document document = readable(id, scope);
        if (!scope.canEdit(document.knowledgeBaseId())) {
            throw new KnowledgeBaseNotEditable(document.knowledgeBaseId());
        }
        return document;
    }

    Document readable(UUID id, ReadAccess.Scope scope) {
        return documents.findLive(id).filter(scope::canRead).orElseThrow(() -> new NotFound("Document", id));
    }

    /** The view with the uploader's display name looked up. */
    DocumentView named(DocumentView view) {
        return view.withUploaderName(names.displayNames(TenantContext.current(), List.of(view.uploadedBy()))
                .get(view.uploadedBy()));
    }

    private DocumentVersion store(Document document, MultipartFile file, Caller caller) {
        quota.check(caller.tenantId(), file.getSize());
        int number = document.nextVersionNumber();
        UUID versionId = Ids.next();
        String key = "tenants/" + caller.tenantId() + "/documents/" + document.id() + "/" + versionId;
        var stored = put(key, file);
        DocumentVersion version = new DocumentVersion(
                versionId,
                document.id(),
                number,
                key,
                fileName(file),
                file.getContentType(),
                stored.size(),
                stored.sha256(),
                caller.userId());
        entityManager.persist(version);
        documents.flush();
        queue.enqueue(caller.tenantId(), versionId);
        return version;
    }

    private StoredObject put(String key, MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return storage.put(key, in, file.getSize(), file.getContentType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MultipartFile requireFile(MultipartFile file) {
        if (file == null) {
            throw new InvalidField("file", "is required (a multipart part named 'file')");
        }
        long limit = properties.maxFileSize().toBytes();
        if (file.getSize() > limit) {
            throw new FileTooLarge(file.getSize(), limit);
        }
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

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "document";
        }
        String base = name.replace('\\', '/');
        return base.substring(base.lastIndexOf('/') + 1);
    }

    /** The parts of an upload, already parsed and validated by the controller. */
    record Upload(
            MultipartFile file,
            String title,
            List<String> tags,
            Map<String, String> metadata,
            List<Principals.Principal> readers) {

        Upload {
            tags = tags == null ? null : new ArrayList<>(tags);
        }
    }
}
