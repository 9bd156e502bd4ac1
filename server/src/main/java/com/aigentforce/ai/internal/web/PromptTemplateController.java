package com.aigentforce.ai.internal.web;

import com.aigentforce.ai.internal.templates.PromptTemplateService;
import com.aigentforce.ai.internal.web.TemplateRequests.RenderRequest;
import com.aigentforce.ai.internal.web.TemplateRequests.TemplateRequest;
import com.aigentforce.ai.internal.web.TemplateViews.RenderView;
import com.aigentforce.ai.internal.web.TemplateViews.TemplateSummary;
import com.aigentforce.ai.internal.web.TemplateViews.TemplateView;
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
@RequestMapping("/api/v1/prompt-templates")
@Tag(name = "Prompt templates", description = "Mustache prompt templates with typed variables and immutable versions")
class PromptTemplateController {

    private final PromptTemplateService templates;

    PromptTemplateController(PromptTemplateService templates) {
        this.templates = templates;
    }

    @GetMapping
    @RequiresPermission(Permissions.PROMPTS_READ)
    @Operation(summary = "List prompt templates (latest versions, by name)")
    PageResponse<TemplateSummary> list(
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(templates.list(PageRequest.of(page, size)), TemplateSummary::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permissions.PROMPTS_WRITE)
    @Operation(
            summary = "Create a prompt template (version 1)",
            description = "The body must parse, use only declared variables and use every declared one; 422 names"
                    + " each problem")
    TemplateView create(@Valid @RequestBody TemplateRequest request) {
        return TemplateView.of(templates.create(request.definition()));
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permissions.PROMPTS_READ)
    @Operation(summary = "A prompt template at its latest version")
    TemplateView get(@PathVariable UUID id) {
        return TemplateView.of(templates.get(id, null));
    }

    @PutMapping("/{id}")
    @RequiresPermission(Permissions.PROMPTS_WRITE)
    @Operation(summary = "Save a prompt template's next version", description = "Earlier versions never change")
    TemplateView update(@PathVariable UUID id, @Valid @RequestBody TemplateRequest request) {
        return TemplateView.of(templates.update(id, request.definition()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission(Permissions.PROMPTS_WRITE)
    @Operation(summary = "Delete a prompt template with all its versions")
    void delete(@PathVariable UUID id) {
        templates.delete(id);
    }

    @GetMapping("/{id}/versions")
    @RequiresPermission(Permissions.PROMPTS_READ)
    @Operation(summary = "A prompt template's versions, newest first")
    PageResponse<TemplateSummary> versions(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(templates.versions(id, PageRequest.of(page, size)), TemplateSummary::of);
    }

    @GetMapping("/{id}/versions/{number}")
    @RequiresPermission(Permissions.PROMPTS_READ)
    @Operation(summary = "One version of a prompt template")
    TemplateView version(@PathVariable UUID id, @PathVariable @Min(1) @Max(1_000_000) int number) {
        return TemplateView.of(templates.get(id, number));
    }

    @PostMapping("/{id}/render")
    @RequiresPermission(Permissions.PROMPTS_READ)
    @Operation(
            summary = "Render a prompt template with variables",
            description = "The latest version unless version pins one; tokens counted with cl100k_base; a missing,"
                    + " unknown or mistyped variable is a 422 naming each one")
    RenderView render(@PathVariable UUID id, @Valid @RequestBody RenderRequest request) {
        return RenderView.of(templates.render(id, request.version(), request.values()));
    }
}
