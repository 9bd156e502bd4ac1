package com.aigentforce.platform.web;

import java.io.IOException;

/** The request body exceeded the configured limit while it was being read. */
final class BodyTooLarge extends IOException {

    BodyTooLarge(long limit) {
        super("The request body exceeds the limit of " + limit + " bytes");
    }
}
