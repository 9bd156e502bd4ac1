package com.aigentforce.knowledge.internal.web;

import com.aigentforce.knowledge.internal.document.DocumentEdit;
import com.aigentforce.knowledge.internal.document.DocumentEditService;
import com.aigentforce.knowledge.internal.web.KnowledgeRequests.DocumentEditRequest;
import com.aigentforce.knowledge.internal.web.KnowledgeViews.DocumentView;
import com.aigentforce.platform.security.RequiresPermission;
import com.aigentforce.users.Permissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Documents", description = "Versioned documents of a knowledge base and their ingestion")
class DocumentEditController {

    private final DocumentEditService edits;

    DocumentEditController(DocumentEditService edits) {
        this.edits = edits;
    }

    @PatchMapping("/api/v1/documents/{id}")
    @RequiresPermission(Permissions.KB_WRITE)
    @Operation(
            summary = "Change a document's title or tags",
            description = "{\"title\"?, \"tags\"?}: an absent field stays as it is; tags replace the old ones. Search"
                    + " shows the new title and filters by the new tags when the call returns. Audited as"
                    + " document.updated.")
    DocumentView edit(@PathVariable UUID id, @Valid @RequestBody DocumentEditRequest request) {
        return DocumentView.of(edits.edit(
                id,
                new DocumentEdit(
                        request.title() == null ? null : request.title().strip(),
                        request.tags() == null
                                ? null
                                : request.tags().stream()
                                        .map(String::strip)
                                        .distinct()
                                        .toList())));
    }

    @PostMapping("/api/v1/documents/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @RequiresPermission(Permissions.KB_WRITE)
    @Operation(
            summary = "Try a failed document's ingestion again",
            description = "Queues the newest version again (status stored, fresh attempts). 409 document-not-failed"
                    + " unless it failed; 409 document-never-fetched for a URL import whose file never arrived.")
    DocumentView retry(@PathVariable UUID id) {
        return DocumentView.of(edits.retry(id));
    }
}
