package com.aigentforce.knowledge.internal.embedding;

import com.aigentforce.platform.DomainException;
import com.aigentforce.platform.outbound.OutboundRequestFailed;
import com.aigentforce.platform.outbound.OutboundTargetRefused;
import dev.langchain4j.exception.HttpException;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An embedding provider did not answer with vectors. {@code reason} is what a person can act on ("the provider
 * answered 401 Unauthorized"; never the API key, never the response body); {@code retriable} says whether the same
 * request may succeed later (429, 408, 5xx, the connection failed). Rendered as 422 when a model is being configured.
 */
public final class EmbeddingProviderFailed extends DomainException {

    private final String reason;
    private final boolean retriable;

    EmbeddingProviderFailed(String reason, boolean retriable) {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "embedding-provider-failed",
                "The embedding model cannot be used: " + reason,
                Map.of("reason", reason));
        this.reason = reason;
        this.retriable = retriable;
    }

    static EmbeddingProviderFailed of(EmbeddingModelSpec spec, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException http) {
                int status = http.statusCode();
                return new EmbeddingProviderFailed(
                        ("the provider answered " + status + " " + phrase(status)).strip(),
                        status == 408 || status == 429 || status >= 500);
            }
            if (t instanceof OutboundTargetRefused refused) {
                return new EmbeddingProviderFailed(refused.getMessage(), false);
            }
            if (t instanceof OutboundRequestFailed failed) {
                return new EmbeddingProviderFailed(failed.getMessage(), true);
            }
            if (t instanceof IOException io) {
                return new EmbeddingProviderFailed(
                        "the provider could not be reached (" + io.getClass().getSimpleName() + ")", true);
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new EmbeddingProviderFailed(
                "the provider's answer was not usable (" + message.substring(0, Math.min(message.length(), 200)) + ")",
                false);
    }

    public String reason() {
        return reason;
    }

    public boolean retriable() {
        return retriable;
    }

    private static String phrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 408 -> "Request Timeout";
            case 413 -> "Payload Too Large";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
    }
}
