package com.aigentforce.knowledge.internal.web;

import com.aigentforce.knowledge.internal.document.VersionService;
import com.aigentforce.knowledge.internal.document.VersionService.VersionDiff;
import com.aigentforce.knowledge.internal.web.KnowledgeViews.DocumentView;
import com.aigentforce.platform.security.RequiresPermission;
import com.aigentforce.users.Permissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
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
}
