package com.aigentforce.knowledge.internal.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A knowledge base's embedding model: {@code {provider: "builtin"}} or {@code {provider: "openai-compatible",
 * baseUrl, model, dimensions?, apiKey?}}. {@code dimensions} is sent to the provider when set; {@code apiKey} is
 * write-only (absent: the key saved for the same endpoint is kept).
 */
record EmbeddingModelRequest(
        @NotBlank @Pattern(regexp = "builtin|openai-compatible", message = "must be builtin or openai-compatible")
        String provider,

        @Size(max = 2000) String baseUrl,
        @Size(max = 200) String model,
        @Min(1) @Max(16000) Integer dimensions,
        @Size(max = 1000) String apiKey) {}
