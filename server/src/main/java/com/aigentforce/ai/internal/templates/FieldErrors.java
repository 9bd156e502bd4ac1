package com.aigentforce.ai.internal.templates;

import com.aigentforce.platform.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** Collects every problem of a definition or a render request, so one 422 names each of them. */
final class FieldErrors {

    private final List<Map<String, String>> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(Map.of("field", field, "message", message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    void throwIfAny(String detail) {
        if (!errors.isEmpty()) {
            throw new InvalidTemplateInput(detail, errors);
        }
    }

    /** A template definition or render request broke a rule; {@code errors} names each field and what is wrong. */
    static final class InvalidTemplateInput extends DomainException {
        InvalidTemplateInput(String detail, List<Map<String, String>> errors) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "validation", detail, Map.of("errors", List.copyOf(errors)));
        }
    }
}
