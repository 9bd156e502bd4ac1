package com.aigentforce.platform;

import java.util.UUID;
import org.springframework.http.HttpStatus;

/** A resource does not exist in the caller's tenant (another tenant's object looks exactly the same). */
public class NotFound extends DomainException {

    public NotFound(String resource, UUID id) {
        super(HttpStatus.NOT_FOUND, "not-found", resource + " " + id + " was not found");
    }
}
