package com.aigentforce.ai.support;

import static com.aigentforce.ai.support.HttpReplies.JSON;
import static com.aigentforce.ai.support.HttpReplies.json;
import static com.aigentforce.ai.support.ProviderProtocolServer.ANSWER;
import static com.aigentforce.ai.support.ProviderProtocolServer.DELTAS;
import static com.aigentforce.ai.support.ProviderProtocolServer.INPUT_TOKENS;
import static com.aigentforce.ai.support.ProviderProtocolServer.OUTPUT_TOKENS;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Ollama's {@code /api/chat} (JSON lines) and {@code /api/tags} as {@link ProviderProtocolServer} speaks them. */
final class OllamaReplies {

    private OllamaReplies() {}

    static void chat(HttpExchange exchange, JsonNode body) throws IOException {
        String model = body.path("model").asString();
        if (!body.path("stream").asBoolean(true)) {
            json(exchange, 200, ollamaLine(model, ANSWER, true));
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (String delta : DELTAS) {
            out.write(
                    (JSON.writeValueAsString(ollamaLine(model, delta, false)) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        out.write((JSON.writeValueAsString(ollamaLine(model, "", true)) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static Map<String, Object> ollamaLine(String model, String content, boolean done) {
        Map<String, Object> line = new java.util.LinkedHashMap<>();
        line.put("model", model);
        line.put("created_at", "2026-01-01T00:00:00Z");
        line.put("message", Map.of("role", "assistant", "content", content));
        line.put("done", done);
        if (done) {
            line.put("done_reason", "stop");
            line.put("prompt_eval_count", INPUT_TOKENS);
            line.put("eval_count", OUTPUT_TOKENS);
        }
        return line;
    }

    static void tags(HttpExchange exchange, JsonNode body) throws IOException {
        json(
                exchange,
                200,
                Map.of(
                        "models",
                        List.of(Map.of(
                                "name", "llama3:8b",
                                "model", "llama3:8b",
                                "modified_at", "2026-01-01T00:00:00Z",
                                "size", 4_000_000_000L,
                                "digest", "abc123",
                                "details", Map.of("format", "gguf", "family", "llama", "parameter_size", "8B")))));
    }
}
