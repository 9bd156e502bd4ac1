package com.aigentforce.platform;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A field passed syntax validation but breaks a domain rule (e.g. a common password); answered as 422. The message is
 * a fragment with the field as its subject ("must not contain your name") or a sentence of its own; people read it as
 * a sentence (see {@link FieldMessages}).
 */
public class InvalidField extends DomainException {

    public InvalidField(String field, String message) {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "validation",
                "The request has invalid fields",
                Map.of("errors", List.of(Map.of("field", field, "message", FieldMessages.sentence(field, message)))));
    }
}
