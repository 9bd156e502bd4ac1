package com.aigentforce.ai.internal.engine;

import com.aigentforce.platform.outbound.OutboundRequestFailed;
import com.aigentforce.platform.outbound.OutboundTargetRefused;
import com.aigentforce.platform.outbound.ProviderHttpException;
import dev.langchain4j.exception.HttpException;
import java.io.IOException;
import java.net.ConnectException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what a LangChain4j client threw into an {@link AiProviderFailed} a person can act on: the provider's own error
 * message where it sent one (OpenAI's and Anthropic's {@code error.message}, Ollama's {@code error}), never the API
 * key. Refusals by the outbound guard pass through unchanged (422 {@code outbound-target-refused}).
 */
final class ProviderFailures {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_QUOTE = 300;

    private ProviderFailures() {}

    static RuntimeException translate(String providerName, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            switch (t) {
                case AiProviderFailed done -> {
                    return done;
                }
                case OutboundTargetRefused refused -> {
                    return refused;
                }
                case HttpException http -> {
                    int status = http.statusCode();
                    return new AiProviderFailed(
                            providerName,
                            "it answered " + status + ": " + providerWords(http.getMessage()),
                            status,
                            status == 408 || status == 429 || status >= 500,
                            http instanceof ProviderHttpException p
                                    ? p.retryAfter().orElse(null)
                                    : null);
                }
                case OutboundRequestFailed unreachable -> {
                    return new AiProviderFailed(
                            providerName,
                            String.valueOf(unreachable.properties().get("reason")),
                            null,
                            unreachable.getCause() instanceof ConnectException);
                }
                case IOException io -> {
                    return new AiProviderFailed(
                            providerName,
                            "the connection failed (" + io.getClass().getSimpleName() + ")",
                            null,
                            false);
                }
                default -> {}
            }
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new AiProviderFailed(
                providerName, "its answer was not understood (" + quote(message) + ")", null, false);
    }

    /** The message inside a provider's error body, or the body itself (shortened) when it is not the usual JSON. */
    static String providerWords(String body) {
        if (body == null || body.isBlank()) {
            return "no message";
        }
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode error = root.path("error");
            if (error.isString()) {
                return quote(error.asString());
            }
            if (error.path("message").isString()) {
                return quote(error.path("message").asString());
            }
            if (root.path("message").isString()) {
                return quote(root.path("message").asString());
            }
        } catch (RuntimeException notJson) {
            // quoted as it came
        }
        return quote(body.strip());
    }

    private static String quote(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_QUOTE ? oneLine : oneLine.substring(0, MAX_QUOTE) + "…";
    }
}
