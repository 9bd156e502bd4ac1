package com.aigentforce.knowledge.internal.web;

import com.aigentforce.knowledge.internal.rebuild.IndexRebuildService;
import com.aigentforce.knowledge.internal.rebuild.IndexRebuildView;
import com.aigentforce.platform.PageResponse;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.platform.security.RequiresPermission;
import com.aigentforce.users.Permissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/knowledge-base/index")
@Tag(name = "Knowledge search index", description = "Rebuild the organisation's search index while search serves")
class IndexRebuildController {

    private final IndexRebuildService rebuilds;

    IndexRebuildController(IndexRebuildService rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @RequiresPermission(Permissions.KB_ADMIN)
    @Operation(
            summary = "Rebuild the organisation's search index",
            description = "Queues a rebuild (202) that re-indexes every searchable chunk from the database in place"
                    + " and then removes index entries of chunks that are gone; search keeps answering completely"
                    + " meanwhile. Progress: GET .../rebuild/{id} or knowledge:index_rebuild WebSocket events."
                    + " 409 (index-rebuild-running) while one is queued or running.")
    IndexRebuildView rebuild() {
        return rebuilds.request(CurrentCaller.get().userId());
    }

    @GetMapping("/rebuild/{id}")
    @RequiresPermission(Permissions.KB_ADMIN)
    @Operation(summary = "One search index rebuild, with its progress")
    IndexRebuildView get(@PathVariable UUID id) {
        return rebuilds.get(id);
    }

    @GetMapping("/rebuilds")
    @RequiresPermission(Permissions.KB_ADMIN)
    @Operation(summary = "The organisation's search index rebuilds, latest first")
    PageResponse<IndexRebuildView> list(
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(rebuilds.list(PageRequest.of(page, size)), Function.identity());
    }
}
