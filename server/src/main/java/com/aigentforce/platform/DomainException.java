package com.aigentforce.platform;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * Base of the domain exceptions that are facts ("UserNotFound", "LastOwnerCannotBeRemoved"). Each carries
 * the HTTP status and problem type it maps to, so the one web-layer handler can render it.
 */
public abstract class DomainException extends RuntimeException {

    private final HttpStatus status;
    private final String problemType;
    private final Map<String, Object> properties;

    protected DomainException(HttpStatus status, String problemType, String detail) {
        this(status, problemType, detail, Map.of());
    }

    protected DomainException(HttpStatus status, String problemType, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.problemType = problemType;
        this.properties = Map.copyOf(properties);
    }

    public HttpStatus status() {
        return status;
    }

    public String problemType() {
        return problemType;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
