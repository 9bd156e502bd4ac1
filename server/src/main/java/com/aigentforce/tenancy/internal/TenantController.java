package com.aigentforce.tenancy.internal;

import com.aigentforce.platform.NotFound;
import com.aigentforce.platform.ratelimit.RateLimitProperties;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.platform.security.RequiresPermission;
import com.aigentforce.tenancy.SubscriptionTier;
import com.aigentforce.tenancy.TenantRef;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Organisation", description = "The caller's organisation and its settings")
class TenantController {

    private final TenantService service;
    private final RateLimitProperties rateLimits;

    TenantController(TenantService service, RateLimitProperties rateLimits) {
        this.service = service;
        this.rateLimits = rateLimits;
    }

    @GetMapping("/api/v1/tenant")
    @RequiresPermission("profile:read")
    @Operation(summary = "The caller's organisation, its tier and its effective request rate limit")
    TenantView get() {
        return view(service.find(CurrentCaller.get().tenantId())
                .orElseThrow(() -> new NotFound("tenant", CurrentCaller.get().tenantId())));
    }

    @PutMapping("/api/v1/tenant/rate-limit")
    @RequiresPermission("tenant:admin")
    @Operation(
            summary = "Override the organisation's request rate limit",
            description =
                    "Requests per minute per user and per API key; null restores the subscription tier's default.")
    TenantView overrideRateLimit(@Valid @RequestBody RateLimitOverride request) {
        return view(service.overrideRateLimit(CurrentCaller.get(), request.requestsPerMinute()));
    }

    private TenantView view(TenantRef tenant) {
        long tierDefault = rateLimits.perMinute(tenant.tier().json());
        return new TenantView(
                tenant.id(),
                tenant.name(),
                tenant.slug(),
                tenant.tier(),
                new RateLimitView(
                        tenant.requestsPerMinute(),
                        tierDefault,
                        tenant.requestsPerMinute() != null ? tenant.requestsPerMinute() : tierDefault));
    }

    record RateLimitOverride(@Min(1) @Max(1_000_000) Integer requestsPerMinute) {}

    record TenantView(UUID id, String name, String slug, SubscriptionTier subscriptionTier, RateLimitView rateLimit) {}

    /** {@code override}: the tenant's own value or null; {@code effective}: what applies per user and per API key. */
    record RateLimitView(Integer override, long tierDefault, long effectivePerMinute) {}
}
