package com.aigentforce.platform.outbound;

import java.net.URI;
import java.util.Locale;

/** Outbound requests speak http or https, nothing else (no file:, ftp:, gopher:, jar:, …). */
final class Schemes {

    private Schemes() {}

    static void check(URI uri) {
        check(uri.getScheme(), uri.getHost() == null ? String.valueOf(uri) : uri.getHost());
    }

    static void check(String scheme, String host) {
        String lower = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        if (!lower.equals("http") && !lower.equals("https")) {
            throw new OutboundTargetRefused(host, "the scheme '" + lower + "' is not allowed (only http and https)");
        }
    }
}
