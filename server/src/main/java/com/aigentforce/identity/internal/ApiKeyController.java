package com.aigentforce.identity.internal;

import com.aigentforce.platform.PageResponse;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.platform.security.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API keys for integrations (n8n, scripts): {@code Authorization: Bearer afk_…} or {@code X-API-Key: afk_…}. */
@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = "API keys", description = "Scoped, hashed keys for integrations")
class ApiKeyController {

    private final ApiKeyService service;

    ApiKeyController(ApiKeyService service) {
        this.service = service;
    }

    record CreateApiKey(
            @NotBlank @Size(max = 100) String name,
            @NotEmpty @Size(max = 100) Set<@NotBlank @Pattern(regexp = "[a-z]+:[a-z_]+") String> permissions,
            Instant expiresAt) {}

    record CreatedApiKey(
            UUID id, String name, String prefix, String key, List<String> permissions, Instant expiresAt) {}

    record ApiKeyView(
            UUID id,
            String name,
            String prefix,
            List<String> permissions,
            Instant createdAt,
            UUID createdBy,
            Instant lastUsedAt,
            Instant expiresAt,
            Instant revokedAt) {

        static ApiKeyView of(ApiKey key) {
            return new ApiKeyView(
                    key.id(),
                    key.name(),
                    key.prefix(),
                    key.permissions(),
                    key.createdAt(),
                    key.createdBy(),
                    key.lastUsedAt(),
                    key.expiresAt(),
                    key.revokedAt());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission("apikeys:manage")
    @Operation(
            summary = "Create an API key; the key is in this response only",
            description =
                    "`permissions` must be a subset of the caller's own (403 `api-key-permissions-not-held` names the missing ones). At use, the key acts as its creator with the key's permissions intersected with the creator's current ones; a deactivated creator disables it.")
    CreatedApiKey create(@Valid @RequestBody CreateApiKey request) {
        ApiKeyService.Created created =
                service.create(CurrentCaller.get(), request.name().strip(), request.permissions(), request.expiresAt());
        ApiKey key = created.key();
        return new CreatedApiKey(
                key.id(), key.name(), key.prefix(), created.secret(), key.permissions(), key.expiresAt());
    }

    @GetMapping
    @RequiresPermission("apikeys:manage")
    @Operation(summary = "List the organisation's API keys (no secrets), newest first")
    PageResponse<ApiKeyView> list(
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(service.list(CurrentCaller.get(), PageRequest.of(page, size)), ApiKeyView::of);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission("apikeys:manage")
    @Operation(summary = "Revoke an API key; it stops working at once on every node")
    void revoke(@PathVariable UUID id) {
        service.revoke(CurrentCaller.get(), id);
    }
}
