package com.aigentforce.ai.internal.web;

import com.aigentforce.ai.internal.engine.ModelCatalog;
import com.aigentforce.ai.internal.provider.ProviderService;
import com.aigentforce.ai.internal.web.AiViews.ConnectionTestView;
import com.aigentforce.ai.internal.web.AiViews.ModelView;
import com.aigentforce.ai.internal.web.AiViews.ProviderView;
import com.aigentforce.platform.PageResponse;
import com.aigentforce.platform.security.RequiresPermission;
import com.aigentforce.users.Permissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
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
@Validated
@RequestMapping("/api/v1/ai")
@Tag(name = "AI engine", description = "Model providers, their models and prices")
class ProviderController {

    private final ProviderService providers;
    private final ModelCatalog catalog;

    ProviderController(ProviderService providers, ModelCatalog catalog) {
        this.providers = providers;
        this.catalog = catalog;
    }

    @GetMapping("/providers")
    @RequiresPermission(Permissions.AI_ADMIN)
    @Operation(summary = "List the organisation's model providers, by name")
    PageResponse<ProviderView> list(
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        return PageResponse.of(providers.list(PageRequest.of(page, size, Sort.by("name"))), ProviderView::of);
    }

    @PostMapping("/providers")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permissions.AI_ADMIN)
    @Operation(
            summary = "Add a model provider",
            description = "kind openai (any OpenAI-compatible server), ollama or anthropic. The base URL must be a"
                    + " target the outbound guard allows (internal addresses only where AIGENTFORCE_OUTBOUND_ALLOW"
                    + " lists them). The API key is sealed and never answered (apiKeySet).")
    @ApiResponse(responseCode = "409", description = "provider-name-taken")
    @ApiResponse(responseCode = "422", description = "validation or outbound-target-refused")
    ProviderView create(@Valid @RequestBody ProviderRequest request) {
        return ProviderView.of(providers.create(request.toCommand()));
    }

    @GetMapping("/providers/{id}")
    @RequiresPermission(Permissions.AI_ADMIN)
    @Operation(summary = "A model provider (never its API key)")
    ProviderView get(@PathVariable UUID id) {
        return ProviderView.of(providers.get(id));
    }

    @PutMapping("/providers/{id}")
    @RequiresPermission(Permissions.AI_ADMIN)
    @Operation(
            summary = "Replace a model provider's settings",
            description = "Without apiKey the saved key is kept; \"apiKey\": null or \"\" removes it; a value"
                    + " replaces it. models replaces the configured models.")
    @ApiResponse(responseCode = "409", description = "provider-name-taken")
    @ApiResponse(responseCode = "422", description = "validation or outbound-target-refused")
    ProviderView update(@PathVariable UUID id, @Valid @RequestBody ProviderRequest request) {
        return ProviderView.of(providers.update(id, request.toCommand()));
    }

    @DeleteMapping("/providers/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission(Permissions.AI_ADMIN)
    @Operation(summary = "Remove a model provider")
    void delete(@PathVariable UUID id) {
        providers.delete(id);
    }

    @PostMapping("/providers/{id}/test")
    @RequiresPermission(Permissions.AI_ADMIN)
    @Operation(
            summary = "Test the connection to a provider",
            description = "Asks the provider for its model list now (OpenAI's and Anthropic's /models, Ollama's"
                    + " /api/tags) and answers how long that took and the models it named.")
    @ApiResponse(
            responseCode = "502",
            description = "ai-provider-failed: the provider's own error message (reason), its HTTP status"
                    + " (providerStatus) when it answered one")
    @ApiResponse(responseCode = "503", description = "ai-provider-unavailable: its circuit breaker is open")
    @ApiResponse(responseCode = "422", description = "outbound-target-refused")
    ConnectionTestView test(@PathVariable UUID id) {
        return ConnectionTestView.of(catalog.test(id));
    }

    @PutMapping("/providers/{id}/models")
    @RequiresPermission(Permissions.AI_ADMIN)
    @Operation(
            summary = "Save one model's settings (e.g. its prices)",
            description = "Adds the named model to the provider's configured models, or replaces its settings; the"
                    + " other models and the provider's settings stay as they are.")
    ModelView saveModel(@PathVariable UUID id, @Valid @RequestBody ModelSettingsRequest request) {
        var provider = providers.updateModel(id, request.toSettings());
        return catalog.models(provider).stream()
                .filter(m -> m.name().equals(request.name().strip()))
                .findFirst()
                .map(ModelView::of)
                .orElseThrow();
    }

    @GetMapping("/models")
    @RequiresPermission(Permissions.ASSISTANTS_MANAGE)
    @Operation(
            summary = "Every usable model of the organisation's providers",
            description = "The models each provider lists itself (asked at most every aigentforce.ai.model-list-ttl)"
                    + " merged with the configured ones; id is <provider id>:<model name>; prices per million tokens"
                    + " (null: not set).")
    PageResponse<ModelView> models(
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        List<ModelView> all = catalog.models().stream().map(ModelView::of).toList();
        int from = (int) Math.min((long) page * size, all.size());
        return new PageResponse<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }
}
