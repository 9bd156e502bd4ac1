package com.aigentforce.ai.internal.templates;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of prompt templates ({@code aigentforce.ai.templates.*}, documented in docs/api.md): the body's length,
 * how many variables a template declares, and how long one variable's value may be at render time.
 */
@Validated
@ConfigurationProperties("aigentforce.ai.templates")
public record TemplatesProperties(
        @DefaultValue("32000") @Min(1) int maxBodyChars,
        @DefaultValue("50") @Min(1) int maxVariables,
        @DefaultValue("100") @Min(1) int maxOptions,
        @DefaultValue("20000") @Min(1) int maxValueChars) {}
