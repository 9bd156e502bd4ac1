package com.aigentforce.ai.internal.web;

import com.aigentforce.ai.internal.provider.ModelSettings;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One model's settings: facts the provider does not report and prices per million tokens (null: unknown). */
record ModelSettingsRequest(
        @NotBlank @Size(max = 200) String name,
        @Positive @Max(100_000_000) Integer contextWindow,
        Boolean supportsTools,
        Boolean supportsStreaming,
        @DecimalMin("0") @DecimalMax("1000000") BigDecimal inputPricePer1M,
        @DecimalMin("0") @DecimalMax("1000000") BigDecimal outputPricePer1M) {

    ModelSettings toSettings() {
        return new ModelSettings(
                name.strip(), contextWindow, supportsTools, supportsStreaming, inputPricePer1M, outputPricePer1M);
    }
}
