package com.aigentforce.knowledge.internal;

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
class DocumentVersion {

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
    static DocumentVersion importing(
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
    void fetched(String fileName, String contentType, long sizeBytes, String sha256) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        advance(IngestionStatus.STORED, 0);
    }

    void advance(IngestionStatus status, int progress) {
        this.status = status;
        this.progress = progress;
        this.updatedAt = Instant.now();
    }

    void startAttempt() {
        this.attempts++;
        this.statusReason = null;
        advance(IngestionStatus.EXTRACTING, 0);
    }

    void fail(String reason) {
        this.statusReason = reason;
        advance(IngestionStatus.FAILED, 0);
    }

    void extracted(String content, Map<String, Object> extracted) {
        this.content = content;
        this.extracted = new HashMap<>(extracted);
        this.updatedAt = Instant.now();
    }

    void indexed(int chunkCount) {
        this.chunkCount = chunkCount;
        advance(IngestionStatus.INDEXED, 100);
    }

    /** Where this version's ingestion stands, as the event live updates are made of. */
    DocumentProcessing processingEvent() {
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

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    UUID documentId() {
        return documentId;
    }

    int number() {
        return number;
    }

    String storageKey() {
        return storageKey;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    String sha256() {
        return sha256;
    }

    IngestionStatus status() {
        return status;
    }

    String statusReason() {
        return statusReason;
    }

    int progress() {
        return progress;
    }

    Map<String, Object> extractedMetadata() {
        return Map.copyOf(extracted);
    }

    String content() {
        return content;
    }

    int chunkCount() {
        return chunkCount;
    }

    int attempts() {
        return attempts;
    }

    UUID createdBy() {
        return createdBy;
    }

    String sourceUrl() {
        return sourceUrl;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
