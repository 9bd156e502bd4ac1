package com.aigentforce.platform;

import org.springframework.http.HttpStatus;

/** The request is valid but conflicts with the current state. */
public class Conflict extends DomainException {

    public Conflict(String problemType, String detail) {
        super(HttpStatus.CONFLICT, problemType, detail);
    }
}
