package com.aigentforce.platform.ratelimit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Request-rate defaults ({@code aigentforce.rate-limits.*}): per minute for each subscription tier (applied per user
 * and per API key; a tenant may override its own), and for anonymous requests per client address.
 */
@Validated
@ConfigurationProperties("aigentforce.rate-limits")
public record RateLimitProperties(
        boolean enabled, @Positive long anonymousPerMinute, Map<String, @NotNull @Positive Long> tiers) {

    public RateLimitProperties {
        tiers = tiers == null ? Map.of() : Map.copyOf(tiers);
    }

    /** The tier's default, or the anonymous default for a tier nobody configured. */
    public long perMinute(String tier) {
        return tiers.getOrDefault(tier.toLowerCase(Locale.ROOT), anonymousPerMinute);
    }
}
