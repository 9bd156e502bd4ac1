package com.aigentforce.ai.support;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Writing the protocol server's answers: JSON, raw bodies and server-sent events. */
final class HttpReplies {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpReplies() {}

    static void json(HttpExchange exchange, int status, Object body) throws IOException {
        raw(exchange, status, "application/json", JSON.writeValueAsString(body));
    }

    static void raw(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    static void sse(HttpExchange exchange, List<String> events) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (String event : events) {
            write(out, event);
        }
    }

    static void write(OutputStream out, String event) throws IOException {
        out.write((event + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
