package com.aigentforce.knowledge.internal.web;

import com.aigentforce.knowledge.internal.base.KnowledgeBaseCommand;
import com.aigentforce.knowledge.internal.base.KnowledgeBaseService;
import com.aigentforce.knowledge.internal.web.KnowledgeRequests.KnowledgeBaseRequest;
import com.aigentforce.knowledge.internal.web.KnowledgeViews.KnowledgeBaseView;
import com.aigentforce.platform.PageResponse;
import com.aigentforce.platform.security.RequiresPermission;
import com.aigentforce.users.Permissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/knowledge-bases")
@Tag(name = "Knowledge bases", description = "Knowledge bases and who may read and edit them")
class KnowledgeBaseController {

    private final KnowledgeBaseService knowledgeBases;

    KnowledgeBaseController(KnowledgeBaseService knowledgeBases) {
        this.knowledgeBases = knowledgeBases;
    }

    @GetMapping
    @RequiresPermission(Permissions.KB_READ)
    @Operation(summary = "List the knowledge bases the caller may read")
    PageResponse<KnowledgeBaseView> list(
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(knowledgeBases.list(PageRequest.of(page, size)), KnowledgeBaseView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permissions.KB_ADMIN)
    @Operation(
            summary = "Create a knowledge base",
            description =
                    "readers/editors: principals {type: tenant|team|role|user, id}; default the whole organisation")
    KnowledgeBaseView create(@Valid @RequestBody KnowledgeBaseRequest request) {
        return KnowledgeBaseView.of(knowledgeBases.create(command(request)));
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permissions.KB_READ)
    @Operation(summary = "One knowledge base")
    KnowledgeBaseView get(@PathVariable UUID id) {
        return KnowledgeBaseView.of(knowledgeBases.get(id));
    }

    @PutMapping("/{id}")
    @RequiresPermission(Permissions.KB_ADMIN)
    @Operation(summary = "Rename a knowledge base or change who may read and edit it")
    KnowledgeBaseView update(@PathVariable UUID id, @Valid @RequestBody KnowledgeBaseRequest request) {
        return KnowledgeBaseView.of(knowledgeBases.update(id, command(request)));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission(Permissions.KB_ADMIN)
    @Operation(summary = "Delete an empty knowledge base")
    void delete(@PathVariable UUID id) {
        knowledgeBases.delete(id);
    }

    private static KnowledgeBaseCommand command(KnowledgeBaseRequest request) {
        return new KnowledgeBaseCommand(request.name(), request.description(), request.readers(), request.editors());
    }
}
