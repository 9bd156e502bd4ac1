package com.aigentforce.knowledge.internal.web;

import com.aigentforce.knowledge.internal.base.Principals.Principal;
import com.aigentforce.knowledge.internal.document.DocumentService;
import com.aigentforce.knowledge.internal.document.DocumentUpload;
import com.aigentforce.knowledge.internal.document.UploadedFile;
import com.aigentforce.knowledge.internal.web.KnowledgeViews.DocumentView;
import com.aigentforce.knowledge.internal.web.KnowledgeViews.VersionView;
import com.aigentforce.platform.InvalidField;
import com.aigentforce.platform.PageResponse;
import com.aigentforce.platform.security.RequiresPermission;
import com.aigentforce.users.Permissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Documents", description = "Versioned documents of a knowledge base and their ingestion")
class DocumentController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern METADATA_KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int MAX_TAGS = 50;

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    @PostMapping("/api/v1/knowledge-bases/{id}/documents")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @RequiresPermission(Permissions.KB_WRITE)
    @Operation(
            summary = "Upload a document",
            description = "Multipart: the file in part 'file'; optional 'title', 'tags' (comma-separated or a JSON"
                    + " array), 'metadata' (JSON object of strings), 'readers' (JSON array of principals narrowing"
                    + " the knowledge base's readers). Answers 202: ingestion runs in the background; follow"
                    + " 'status' (stored|extracting|chunking|embedding|indexed|failed).")
    DocumentView upload(
            @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) @Size(max = 500) String title,
            @RequestParam(required = false) @Size(max = 4000) String tags,
            @RequestParam(required = false) @Size(max = 16_000) String metadata,
            @RequestParam(required = false) @Size(max = 16_000) String readers) {
        return DocumentView.of(documents.upload(id, upload(file, title, tags, metadata, readers)));
    }

    @PostMapping("/api/v1/documents/{id}/versions")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @RequiresPermission(Permissions.KB_WRITE)
    @Operation(
            summary = "Upload a new version of a document",
            description = "Same parts as the upload. Search keeps serving the current version until this one is"
                    + " indexed, then switches at once.")
    DocumentView addVersion(
            @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) @Size(max = 500) String title,
            @RequestParam(required = false) @Size(max = 4000) String tags,
            @RequestParam(required = false) @Size(max = 16_000) String metadata,
            @RequestParam(required = false) @Size(max = 16_000) String readers) {
        return DocumentView.of(documents.addVersion(id, upload(file, title, tags, metadata, readers)));
    }

    @GetMapping("/api/v1/knowledge-bases/{id}/documents")
    @RequiresPermission(Permissions.KB_READ)
    @Operation(summary = "List the documents of a knowledge base the caller may read")
    PageResponse<DocumentView> list(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(documents.list(id, PageRequest.of(page, size)), DocumentView::of);
    }

    @GetMapping("/api/v1/documents/{id}")
    @RequiresPermission(Permissions.KB_READ)
    @Operation(
            summary = "One document",
            description = "include=content,embedding adds the extracted text and the document embedding (the"
                    + " normalised mean of its chunks' embeddings)")
    DocumentView get(
            @PathVariable UUID id,
            @Parameter(description = "content, embedding") @RequestParam(required = false) @Size(max = 100)
                    String include) {
        Set<String> parts = include == null
                ? Set.of()
                : Arrays.stream(include.split(",")).map(String::strip).collect(Collectors.toSet());
        for (String part : parts) {
            if (!part.equals("content") && !part.equals("embedding")) {
                throw new InvalidField("include", "may list content and embedding only");
            }
        }
        return DocumentView.of(documents.get(id, parts));
    }

    @GetMapping("/api/v1/documents/{id}/versions")
    @RequiresPermission(Permissions.KB_READ)
    @Operation(summary = "A document's versions, newest first")
    List<VersionView> versions(@PathVariable UUID id) {
        return documents.versions(id).stream().map(VersionView::of).toList();
    }

    @DeleteMapping("/api/v1/documents/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission(Permissions.KB_WRITE)
    @Operation(
            summary = "Delete a document",
            description = "It leaves search at once; its files are kept for retention")
    void delete(@PathVariable UUID id) {
        documents.delete(id);
    }

    private static DocumentUpload upload(
            MultipartFile file, String title, String tags, String metadata, String readers) {
        return new DocumentUpload(
                file == null
                        ? null
                        : new UploadedFile(file.getOriginalFilename(), file.getContentType(), file.getSize(), file),
                title == null || title.isBlank() ? null : title.strip(),
                tags(tags),
                metadata(metadata),
                readers(readers));
    }

    private static List<String> tags(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        List<String> tags;
        if (raw.strip().startsWith("[")) {
            try {
                tags = JSON.readValue(raw, new TypeReference<List<String>>() {});
            } catch (JacksonException e) {
                throw new InvalidField("tags", "must be comma-separated or a JSON array of strings");
            }
        } else {
            tags = Arrays.asList(raw.split(","));
        }
        List<String> clean = tags.stream()
                .filter(t -> t != null && !t.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
        if (clean.size() > MAX_TAGS || clean.stream().anyMatch(t -> t.length() > 64)) {
            throw new InvalidField("tags", "must be at most " + MAX_TAGS + " tags of at most 64 characters each");
        }
        return clean;
    }

    private static Map<String, String> metadata(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Map<String, Object> parsed;
        try {
            parsed = JSON.readValue(raw, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (JacksonException e) {
            throw new InvalidField("metadata", "must be a JSON object");
        }
        if (parsed == null || parsed.size() > 50) {
            throw new InvalidField("metadata", "must be a JSON object with at most 50 entries");
        }
        Map<String, String> clean = new LinkedHashMap<>();
        parsed.forEach((key, value) -> {
            if (!METADATA_KEY.matcher(key).matches()) {
                throw new InvalidField("metadata", "Metadata keys must be 1-64 letters, digits, '_' or '-'.");
            }
            if (value == null || value instanceof Map || value instanceof List) {
                throw new InvalidField("metadata", "Metadata values must be strings, numbers or booleans.");
            }
            String text = value.toString();
            if (text.length() > 256) {
                throw new InvalidField("metadata", "Metadata values must have at most 256 characters.");
            }
            clean.put(key, text);
        });
        return clean;
    }

    private static List<Principal> readers(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(raw, new TypeReference<List<Principal>>() {});
        } catch (JacksonException e) {
            throw new InvalidField("readers", "must be a JSON array of {type, id}");
        }
    }
}
