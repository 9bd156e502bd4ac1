package com.aigentforce.knowledge.internal.web;

import com.aigentforce.knowledge.internal.document.VersionService;
import com.aigentforce.knowledge.internal.document.VersionService.Passage;
import com.aigentforce.knowledge.internal.document.VersionService.VersionDiff;
import com.aigentforce.knowledge.internal.document.VersionService.VersionFile;
import com.aigentforce.knowledge.internal.web.KnowledgeViews.DocumentView;
import com.aigentforce.platform.security.RequiresPermission;
import com.aigentforce.users.Permissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Documents", description = "Versioned documents of a knowledge base and their ingestion")
class VersionController {

    private final VersionService versions;

    VersionController(VersionService versions) {
        this.versions = versions;
    }

    @PostMapping("/api/v1/documents/{id}/versions/{number}/restore")
    @RequiresPermission(Permissions.KB_WRITE)
    @Operation(
            summary = "Make an indexed version current again",
            description = "Search serves the restored version when the call returns")
    DocumentView restore(@PathVariable UUID id, @PathVariable @Min(1) @Max(1_000_000) int number) {
        return DocumentView.of(versions.restore(id, number));
    }

    @GetMapping("/api/v1/documents/{id}/versions/{versionId}/file")
    @RequiresPermission(Permissions.KB_READ)
    @Operation(
            summary = "Download a version's original file",
            description = "The bytes as uploaded, as an attachment with the original file name (RFC 6266, UTF-8"
                    + " names as filename*). 404 when the caller may not read the document, or the version has no"
                    + " file (a URL import that never fetched it).")
    ResponseEntity<Resource> file(@PathVariable UUID id, @PathVariable UUID versionId) {
        VersionFile file = versions.file(id, versionId);
        InputStream content;
        try {
            content = file.content().getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(mediaType(file.contentType()))
                .contentLength(file.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(content));
    }

    @GetMapping("/api/v1/documents/{id}/chunks/{chunkId}")
    @RequiresPermission(Permissions.KB_READ)
    @Operation(
            summary = "One passage of a document",
            description = "The chunk a search hit names (its chunkId), with the version it was cut from: the"
                    + " document page finds it in the text by this. 404 for a chunk of another document.")
    Passage passage(@PathVariable UUID id, @PathVariable UUID chunkId) {
        return versions.passage(id, chunkId);
    }

    @GetMapping("/api/v1/documents/{id}/diff")
    @RequiresPermission(Permissions.KB_READ)
    @Operation(
            summary = "Unified diff of two versions' extracted text",
            description = "to defaults to the newest version, from to the one before it")
    VersionDiff diff(
            @PathVariable UUID id,
            @RequestParam(required = false) @Min(1) @Max(1_000_000) Integer from,
            @RequestParam(required = false) @Min(1) @Max(1_000_000) Integer to) {
        return versions.diff(id, from, to);
    }

    /** The stored type when it is a valid media type; uploaders may declare anything. */
    private static MediaType mediaType(String type) {
        if (type == null) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
        try {
            return MediaType.parseMediaType(type);
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
