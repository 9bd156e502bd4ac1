package com.aigentforce.knowledge.internal.document;

import com.aigentforce.knowledge.internal.base.KnowledgeAuditor;
import com.aigentforce.knowledge.internal.base.ReadAccess;
import com.aigentforce.knowledge.internal.index.Chunk;
import com.aigentforce.knowledge.internal.index.Chunks;
import com.aigentforce.platform.Conflict;
import com.aigentforce.platform.NotFound;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.platform.storage.ObjectStorage;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restoring an earlier version (search switches back at once), the text difference between two versions, a version's
 * original file and one passage of a version.
 */
@Service
public class VersionService {

    private final DocumentService documents;
    private final DocumentAccess documentAccess;
    private final DocumentVersions versions;
    private final Chunks chunks;
    private final ReadAccess access;
    private final EntityManager entityManager;
    private final KnowledgeAuditor auditor;
    private final ObjectStorage storage;

    VersionService(
            DocumentService documents,
            DocumentAccess documentAccess,
            DocumentVersions versions,
            Chunks chunks,
            ReadAccess access,
            EntityManager entityManager,
            KnowledgeAuditor auditor,
            ObjectStorage storage) {
        this.documents = documents;
        this.documentAccess = documentAccess;
        this.versions = versions;
        this.chunks = chunks;
        this.access = access;
        this.entityManager = entityManager;
        this.auditor = auditor;
        this.storage = storage;
    }

    public record VersionDiff(int from, int to, int changes, String diff) {}

    /**
     * A version's original file as uploaded: its name, its type (as detected when its text was extracted, else as
     * declared by whoever uploaded it; null when neither is known), its size and its bytes, opened when read.
     */
    public record VersionFile(String fileName, String contentType, long size, InputStreamSource content) {}

    /** One passage (chunk) of a document, and the version it was cut from. */
    public record Passage(
            UUID chunkId, UUID versionId, int versionNumber, String text, List<String> headingPath, Integer page) {}

    /**
     * Makes an indexed earlier (or later) version current again: its chunks, kept since it was indexed, become
     * searchable and the current version's leave the index, in one transaction. A version still being ingested that
     * is newer than the restored one becomes current when it is indexed.
     */
    @Transactional
    public DocumentDetails restore(UUID documentId, int number) {
        ReadAccess.Scope scope = access.of(CurrentCaller.get());
        Document document = documentAccess.editable(documentId, scope);
        entityManager.lock(document, LockModeType.PESSIMISTIC_WRITE);
        DocumentVersion target = version(document, number);
        if (target.status() != IngestionStatus.INDEXED) {
            throw new Conflict(
                    "version-not-indexed",
                    "Version " + number + " is " + target.status().value() + ", not indexed");
        }
        if (document.currentVersion() == null || document.currentVersion() != number) {
            chunks.findByDocumentIdAndSearchableTrue(document.id()).forEach(Chunk::hide);
            chunks.findByVersionIdOrderByOrdinal(target.id()).forEach(Chunk::show);
            Integer previous = document.currentVersion();
            document.makeCurrent(number);
            auditor.record(
                    "document.version_restored",
                    "document",
                    document.id(),
                    document.title(),
                    previous == null ? Map.of("version", number) : Map.of("version", number, "previous", previous));
        }
        return documents.get(documentId, Set.of());
    }

    @Transactional(readOnly = true)
    public VersionDiff diff(UUID documentId, Integer fromNumber, Integer toNumber) {
        Document document = documentAccess.readable(documentId, access.of(CurrentCaller.get()));
        int to = toNumber != null ? toNumber : document.latestVersion();
        int from = fromNumber != null ? fromNumber : Math.max(1, to - 1);
        List<String> before = lines(version(document, from));
        List<String> after = lines(version(document, to));
        Patch<String> patch = DiffUtils.diff(before, after);
        List<String> unified =
                UnifiedDiffUtils.generateUnifiedDiff("version " + from, "version " + to, before, patch, 2);
        return new VersionDiff(from, to, patch.getDeltas().size(), String.join("\n", unified));
    }

    /** The original file of a version of a document the caller may read (404 otherwise, and for a URL import never fetched). */
    @Transactional(readOnly = true)
    public VersionFile file(UUID documentId, UUID versionId) {
        Document document = documentAccess.readable(documentId, access.of(CurrentCaller.get()));
        DocumentVersion version = versions.findById(versionId)
                .filter(v -> v.documentId().equals(document.id()) && v.sha256() != null)
                .orElseThrow(() -> new NotFound("File of version", versionId));
        Object detected = version.extractedMetadata().get("contentType");
        String key = version.storageKey();
        return new VersionFile(
                version.fileName(),
                detected instanceof String type ? type : version.contentType(),
                version.sizeBytes(),
                () -> storage.open(key));
    }

    /** A passage of a document the caller may read, e.g. the one a search hit pointed at (404 for another's). */
    @Transactional(readOnly = true)
    public Passage passage(UUID documentId, UUID chunkId) {
        Document document = documentAccess.readable(documentId, access.of(CurrentCaller.get()));
        Chunk chunk = chunks.findById(chunkId)
                .filter(c -> c.documentId().equals(document.id()))
                .orElseThrow(() -> new NotFound("Passage", chunkId));
        int number = versions.findById(chunk.versionId()).orElseThrow().number();
        return new Passage(chunk.id(), chunk.versionId(), number, chunk.text(), chunk.headingPath(), chunk.page());
    }

    private DocumentVersion version(Document document, int number) {
        return versions.findByDocumentIdAndNumber(document.id(), number)
                .orElseThrow(() -> new NotFound("Version " + number + " of document", document.id()));
    }

    private static List<String> lines(DocumentVersion version) {
        if (version.content() == null) {
            throw new Conflict(
                    "version-has-no-text",
                    "Version " + version.number() + " has no extracted text ("
                            + version.status().value() + ")");
        }
        return version.content().lines().toList();
    }
}
