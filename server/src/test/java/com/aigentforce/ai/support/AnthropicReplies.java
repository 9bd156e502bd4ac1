package com.aigentforce.ai.support;

import static com.aigentforce.ai.support.HttpReplies.JSON;
import static com.aigentforce.ai.support.HttpReplies.json;
import static com.aigentforce.ai.support.HttpReplies.sse;
import static com.aigentforce.ai.support.ProviderProtocolServer.ANSWER;
import static com.aigentforce.ai.support.ProviderProtocolServer.DELTAS;
import static com.aigentforce.ai.support.ProviderProtocolServer.INPUT_TOKENS;
import static com.aigentforce.ai.support.ProviderProtocolServer.OUTPUT_TOKENS;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Anthropic's Messages API as {@link ProviderProtocolServer} speaks it: streamed events and {@code /v1/models}. */
final class AnthropicReplies {

    private AnthropicReplies() {}

    static void messages(HttpExchange exchange, JsonNode body) throws IOException {
        String model = body.path("model").asString();
        if (!body.path("stream").asBoolean(false)) {
            json(
                    exchange,
                    200,
                    Map.of(
                            "id",
                            "msg_1",
                            "type",
                            "message",
                            "role",
                            "assistant",
                            "model",
                            model,
                            "content",
                            List.of(Map.of("type", "text", "text", ANSWER)),
                            "stop_reason",
                            "end_turn",
                            "usage",
                            Map.of("input_tokens", INPUT_TOKENS, "output_tokens", OUTPUT_TOKENS)));
            return;
        }
        List<String> events = new java.util.ArrayList<>();
        events.add(anthropicEvent(
                "message_start",
                Map.of(
                        "type",
                        "message_start",
                        "message",
                        Map.of(
                                "id",
                                "msg_1",
                                "type",
                                "message",
                                "role",
                                "assistant",
                                "model",
                                model,
                                "content",
                                List.of(),
                                "usage",
                                Map.of("input_tokens", INPUT_TOKENS, "output_tokens", 1)))));
        events.add(anthropicEvent(
                "content_block_start",
                Map.of(
                        "type",
                        "content_block_start",
                        "index",
                        0,
                        "content_block",
                        Map.of("type", "text", "text", ""))));
        for (String delta : DELTAS) {
            events.add(anthropicEvent(
                    "content_block_delta",
                    Map.of(
                            "type",
                            "content_block_delta",
                            "index",
                            0,
                            "delta",
                            Map.of("type", "text_delta", "text", delta))));
        }
        events.add(anthropicEvent("content_block_stop", Map.of("type", "content_block_stop", "index", 0)));
        events.add(anthropicEvent(
                "message_delta",
                Map.of(
                        "type", "message_delta",
                        "delta", Map.of("stop_reason", "end_turn"),
                        "usage", Map.of("output_tokens", OUTPUT_TOKENS))));
        events.add(anthropicEvent("message_stop", Map.of("type", "message_stop")));
        sse(exchange, events);
    }

    static String anthropicEvent(String type, Map<String, Object> data) {
        return "event: " + type + "\ndata: " + JSON.writeValueAsString(data);
    }
}
