package com.aigentforce.platform;

import java.net.URI;

/** Stable problem {@code type} URIs, one per kind of failure, documented in docs/api.md. */
public final class Problems {

    public static final String BASE = "https://aigentforce.dev/problems/";

    private Problems() {}

    public static URI type(String slug) {
        return URI.create(BASE + slug);
    }
}
