package com.aigentforce.knowledge.internal.document;

import com.aigentforce.knowledge.DocumentProcessing;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * One uploaded file of a document, its extracted text and where it is in the ingestion pipeline.
 *
 * <p>Updates write only the columns that changed: the pipeline saves each stage and progress step, and writing the
 * whole row each time would send the extracted text (up to millions of characters) to PostgreSQL again, which
 * compresses and stores it anew.
 */
@Entity
@Table(name = "kb_document_version")
@DynamicUpdate
public class DocumentVersion {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "document_id")
    private UUID documentId;

    private int number;

    @Column(name = "storage_key")
    private String storageKey;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Convert(converter = IngestionStatus.Column.class)
    private IngestionStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "failure_code")
    private String failureCode;

    private int progress;

    /** What extraction learnt about the file: title, author, language, pages, content type. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> extracted = new HashMap<>();

    private String content;

    @Column(name = "chunk_count")
    private int chunkCount;

    private int attempts;

    @Column(name = "created_by")
    private UUID createdBy;

    /** Where an imported version was fetched from (null for uploads). */
    @Column(name = "source_url")
    private String sourceUrl;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected DocumentVersion() {}

    DocumentVersion(
            UUID id,
            UUID documentId,
            int number,
            String storageKey,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            UUID createdBy) {
        this.id = id;
        this.documentId = documentId;
        this.number = number;
        this.storageKey = storageKey;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.status = IngestionStatus.STORED;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** A version imported from a URL: {@code fetching} until {@link #fetched} records the file. */
    public static DocumentVersion importing(
            UUID id,
            UUID documentId,
            int number,
            String storageKey,
            String fileName,
            String sourceUrl,
            UUID createdBy) {
        DocumentVersion version =
                new DocumentVersion(id, documentId, number, storageKey, fileName, null, 0, null, createdBy);
        version.sourceUrl = sourceUrl;
        version.status = IngestionStatus.FETCHING;
        return version;
    }

    /** The remote file of an import is in storage: it is {@code stored} and ready for ingestion. */
    public void fetched(String fileName, String contentType, long sizeBytes, String sha256) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        advance(IngestionStatus.STORED, 0);
    }

    public void advance(IngestionStatus status, int progress) {
        this.status = status;
        this.progress = progress;
        this.updatedAt = Instant.now();
    }

    public void startAttempt() {
        this.attempts++;
        this.statusReason = null;
        this.failureCode = null;
        advance(IngestionStatus.EXTRACTING, 0);
    }

    /** Failed for good: {@code reason} is the sentence people read, {@code code} the same for programs. */
    public void fail(FailureCode code, String reason) {
        this.failureCode = code.value();
        this.statusReason = reason;
        advance(IngestionStatus.FAILED, 0);
    }

    /** A failed version goes back to {@code stored} with fresh attempts, to be ingested again. */
    void retry() {
        this.attempts = 0;
        this.statusReason = null;
        this.failureCode = null;
        advance(IngestionStatus.STORED, 0);
    }

    public void extracted(String content, Map<String, Object> extracted) {
        this.content = content;
        this.extracted = new HashMap<>(extracted);
        this.updatedAt = Instant.now();
    }

    public void indexed(int chunkCount) {
        this.chunkCount = chunkCount;
        advance(IngestionStatus.INDEXED, 100);
    }

    /** Where this version's ingestion stands, as the event live updates are made of. */
    public DocumentProcessing processingEvent() {
        return new DocumentProcessing(
                tenantId,
                documentId,
                status.value(),
                status.finished() ? null : status.value(),
                progress,
                statusReason,
                id,
                number,
                createdBy);
    }

    public UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    public UUID documentId() {
        return documentId;
    }

    public int number() {
        return number;
    }

    public String storageKey() {
        return storageKey;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public IngestionStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public int progress() {
        return progress;
    }

    public FailureCode failureCode() {
        return FailureCode.of(failureCode);
    }

    public Map<String, Object> extractedMetadata() {
        return Map.copyOf(extracted);
    }

    String content() {
        return content;
    }

    public int chunkCount() {
        return chunkCount;
    }

    public int attempts() {
        return attempts;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public String sourceUrl() {
        return sourceUrl;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
