package com.aigentforce.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/** Problem types and details for errors the servlet container raises itself, before or outside Spring MVC. */
final class ContainerProblems {

    static final String MALFORMED_PARAMETERS =
            "The query string or form body is not validly encoded (a '%' must start a two-digit hex escape of UTF-8)";

    private ContainerProblems() {}

    static String type(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "malformed-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 431 -> "request-headers-too-large";
            default -> "http-" + status.value();
        };
    }

    static String detail(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 ->
                "The request is malformed (for example an invalid percent-escape or character in the path, or"
                        + " headers larger than the server accepts)";
            case 404 -> "No such resource";
            case 405 -> "This method is not supported here";
            case 413 -> "The request body is larger than the server accepts";
            case 414 -> "The request line is longer than the server accepts";
            case 431 -> "The request headers are larger than the server accepts";
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                yield known != null ? known.getReasonPhrase() : "The request failed";
            }
        };
    }
}
