package com.aigentforce.audit.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Audit trail settings ({@code aigentforce.audit.*}): {@code export-max-rows} caps one CSV export (the newest rows
 * are kept; the response says when it was cut), so an export can neither exhaust the node nor run for long.
 */
@Validated
@ConfigurationProperties("aigentforce.audit")
record AuditProperties(
        @DefaultValue("50000") @Positive @Max(1_000_000) int exportMaxRows) {}
