package com.aigentforce.knowledge.internal.web;

import com.aigentforce.knowledge.internal.importing.UrlImportCommand;
import com.aigentforce.knowledge.internal.importing.UrlImportService;
import com.aigentforce.knowledge.internal.web.KnowledgeViews.DocumentView;
import com.aigentforce.platform.security.RequiresPermission;
import com.aigentforce.users.Permissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Documents", description = "Versioned documents of a knowledge base and their ingestion")
class DocumentImportController {

    private static final String HOW = " The address is checked at once (422 outbound-target-refused for internal"
            + " addresses the administrator has not allowed); the file is then fetched in the background through"
            + " the outbound-HTTP guard (every redirect checked again, at most the largest upload size): status"
            + " 'fetching', then 'stored' and the usual stages, or 'failed' with a reason such as 'could not fetch:"
            + " 404' or 'address not allowed: …'. The version's sourceUrl keeps the address.";

    private final UrlImportService imports;

    DocumentImportController(UrlImportService imports) {
        this.imports = imports;
    }

    @PostMapping("/api/v1/knowledge-bases/{id}/documents/import")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @RequiresPermission(Permissions.KB_WRITE)
    @Operation(summary = "Import a document from a URL", description = "Answers 202 with the document." + HOW)
    DocumentView importDocument(@PathVariable UUID id, @Valid @RequestBody UrlImport request) {
        return DocumentView.of(imports.importDocument(id, command(request)));
    }

    @PostMapping("/api/v1/documents/{id}/versions/import")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @RequiresPermission(Permissions.KB_WRITE)
    @Operation(
            summary = "Import a new version of a document from a URL",
            description = "Answers 202 with the document; search keeps serving the current version until this one"
                    + " is indexed." + HOW)
    DocumentView importVersion(@PathVariable UUID id, @Valid @RequestBody UrlImport request) {
        return DocumentView.of(imports.importVersion(id, command(request)));
    }

    private static UrlImportCommand command(UrlImport request) {
        return new UrlImportCommand(
                request.url(), request.cleanTitle(), request.cleanTags(), request.metadata(), request.readers());
    }
}
