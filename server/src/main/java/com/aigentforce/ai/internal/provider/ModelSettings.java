package com.aigentforce.ai.internal.provider;

import java.math.BigDecimal;

/**
 * What an administrator configured for one of a provider's models: a model the provider does not list itself, or
 * facts and prices for one it does. Absent values are unknown (null), except where {@link #merge} fills them.
 *
 * @param name the provider's model name (as sent in requests)
 * @param contextWindow tokens of context the model takes
 * @param supportsTools whether the model can call tools
 * @param supportsStreaming whether the model streams
 * @param inputPricePer1M price of a million input tokens, in the organisation's currency
 * @param outputPricePer1M price of a million output tokens
 */
public record ModelSettings(
        String name,
        Integer contextWindow,
        Boolean supportsTools,
        Boolean supportsStreaming,
        BigDecimal inputPricePer1M,
        BigDecimal outputPricePer1M) {

    public static ModelSettings named(String name) {
        return new ModelSettings(name, null, null, null, null, null);
    }
}
