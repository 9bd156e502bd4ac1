package com.aigentforce.platform;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** The caller is known but may not do this (a domain rule, beyond the endpoint's permission). */
public class Forbidden extends DomainException {

    public Forbidden(String problemType, String detail) {
        super(HttpStatus.FORBIDDEN, problemType, detail);
    }

    protected Forbidden(String problemType, String detail, Map<String, Object> properties) {
        super(HttpStatus.FORBIDDEN, problemType, detail, properties);
    }
}
