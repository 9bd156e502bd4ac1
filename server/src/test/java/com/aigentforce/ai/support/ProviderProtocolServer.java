package com.aigentforce.ai.support;

import static com.aigentforce.ai.support.HttpReplies.JSON;
import static com.aigentforce.ai.support.HttpReplies.json;
import static com.aigentforce.ai.support.HttpReplies.raw;
import static com.aigentforce.ai.support.HttpReplies.sse;
import static com.aigentforce.ai.support.HttpReplies.write;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * A real HTTP server on a free loopback port that speaks the providers' wire protocols, for the real LangChain4j
 * clients: OpenAI chat completions (JSON and SSE with usage, tool calls) and {@code /v1/models}; Ollama's
 * {@code /api/chat} (JSON lines) and {@code /api/tags}; Anthropic's Messages API (SSE) and {@code /v1/models}.
 *
 * <p>Every path but Ollama's (which has no keys) wants the API key given to the constructor.
 *
 * <p>The requested model picks the behaviour, so one server serves every case: {@code gpt-ok} answers
 * {@link #ANSWER}; {@code gpt-tool} asks for the tool {@code search_knowledge}; {@code gpt-malformed} answers
 * broken JSON; {@code gpt-cut} stops the stream after two deltas (no finish reason, no {@code [DONE]});
 * {@code gpt-unknown-finish} ends with an unknown finish reason; {@code gpt-slow} says nothing for
 * {@link #SLOW_SECONDS}s; {@code gpt-500} answers 500; {@code gpt-429} answers 429 with {@code Retry-After: 1} to
 * its first request and then like {@code gpt-ok}; {@code gpt-held} streams one delta and holds the rest until
 * {@link #release()}.
 */
public final class ProviderProtocolServer implements AutoCloseable {

    public static final String ANSWER = "Hello from the protocol server";
    public static final List<String> DELTAS = List.of("Hello", " from the", " protocol server");
    public static final int SLOW_SECONDS = 4;
    public static final int INPUT_TOKENS = 12;
    public static final int OUTPUT_TOKENS = 5;

    private final HttpServer server;
    private final String requiredKey;
    private final ConcurrentLinkedQueue<JsonNode> requests = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> perModel = new ConcurrentHashMap<>();
    private volatile CountDownLatch held = new CountDownLatch(1);

    /** {@code requiredKey}: the API key requests must carry (null: none). */
    public ProviderProtocolServer(String requiredKey) {
        this.requiredKey = requiredKey;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", e -> handle(e, this::openAiChat));
        server.createContext("/v1/messages", e -> handle(e, AnthropicReplies::messages));
        server.createContext("/v1/models", e -> handle(e, this::models));
        server.createContext("/api/chat", e -> handle(e, OllamaReplies::chat));
        server.createContext("/api/tags", e -> handle(e, OllamaReplies::tags));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Request bodies received on the chat endpoints, oldest first. */
    public List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    /** How many chat requests asked for this model. */
    public int requestsFor(String model) {
        return perModel.getOrDefault(model, new AtomicInteger()).get();
    }

    /** Lets held streams ({@code gpt-held}) go on. */
    public void release() {
        held.countDown();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }

    private interface Handler {
        void handle(HttpExchange exchange, JsonNode body) throws IOException, InterruptedException;
    }

    private void handle(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            // Ollama's API has no keys
            boolean ollama = exchange.getRequestURI().getPath().startsWith("/api/");
            if (requiredKey != null && !ollama && !authorised(exchange)) {
                json(
                        exchange,
                        401,
                        Map.of(
                                "error",
                                Map.of("message", "Incorrect API key provided", "type", "invalid_request_error")));
                return;
            }
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
            if (body.has("model")) {
                requests.add(body);
                perModel.computeIfAbsent(body.path("model").asString(), m -> new AtomicInteger())
                        .incrementAndGet();
            }
            handler.handle(exchange, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away (a cancelled stream): nothing to answer
        }
    }

    private boolean authorised(HttpExchange exchange) {
        String bearer = exchange.getRequestHeaders().getFirst("Authorization");
        String anthropic = exchange.getRequestHeaders().getFirst("x-api-key");
        return ("Bearer " + requiredKey).equals(bearer) || requiredKey.equals(anthropic);
    }

    // ---- OpenAI ----

    private void openAiChat(HttpExchange exchange, JsonNode body) throws IOException, InterruptedException {
        String model = body.path("model").asString();
        boolean stream = body.path("stream").asBoolean(false);
        switch (model) {
            case "gpt-500" ->
                json(
                        exchange,
                        500,
                        Map.of(
                                "error",
                                Map.of(
                                        "message",
                                        "The server had an error while processing your request",
                                        "type",
                                        "server_error")));
            case "gpt-429" -> {
                if (requestsFor(model) == 1) {
                    exchange.getResponseHeaders().add("Retry-After", "1");
                    json(
                            exchange,
                            429,
                            Map.of("error", Map.of("message", "Rate limit reached for requests", "type", "requests")));
                } else {
                    openAiAnswer(exchange, model, stream, "stop");
                }
            }
            case "gpt-malformed" -> {
                if (stream) {
                    sse(exchange, List.of("data: {\"id\":\"c1\",\"choices\":[{\"delta\":{\"content\":\"Hel"));
                } else {
                    raw(exchange, 200, "application/json", "{\"id\":\"c1\",\"choices\":[{\"message\":");
                }
            }
            case "gpt-slow" -> {
                TimeUnit.SECONDS.sleep(SLOW_SECONDS);
                openAiAnswer(exchange, model, stream, "stop");
            }
            case "gpt-cut" ->
                sse(
                        exchange,
                        List.of(
                                chunk(model, Map.of("content", "Hello"), null),
                                chunk(model, Map.of("content", " from"), null)));
            case "gpt-unknown-finish" -> openAiAnswer(exchange, model, stream, "weird_reason");
            case "gpt-tool" -> openAiToolCall(exchange, model, stream);
            case "gpt-held" -> {
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                write(out, chunk(model, Map.of("content", "Hello"), null));
                held.await(30, TimeUnit.SECONDS);
                write(out, chunk(model, Map.of("content", " again"), null));
                write(out, chunk(model, Map.of(), "stop"));
                write(out, "data: [DONE]");
            }
            default -> openAiAnswer(exchange, model, stream, "stop");
        }
    }

    private void openAiAnswer(HttpExchange exchange, String model, boolean stream, String finish) throws IOException {
        if (!stream) {
            json(
                    exchange,
                    200,
                    Map.of(
                            "id",
                            "chatcmpl-1",
                            "object",
                            "chat.completion",
                            "created",
                            1,
                            "model",
                            model,
                            "choices",
                            List.of(Map.of(
                                    "index",
                                    0,
                                    "message",
                                    Map.of("role", "assistant", "content", ANSWER),
                                    "finish_reason",
                                    finish)),
                            "usage",
                            openAiUsage()));
            return;
        }
        List<String> events = new java.util.ArrayList<>();
        events.add(chunk(model, Map.of("role", "assistant", "content", ""), null));
        DELTAS.forEach(d -> events.add(chunk(model, Map.of("content", d), null)));
        events.add(chunk(model, Map.of(), finish));
        events.add("data: "
                + JSON.writeValueAsString(Map.of(
                        "id",
                        "chatcmpl-1",
                        "object",
                        "chat.completion.chunk",
                        "created",
                        1,
                        "model",
                        model,
                        "choices",
                        List.of(),
                        "usage",
                        openAiUsage())));
        events.add("data: [DONE]");
        sse(exchange, events);
    }

    private void openAiToolCall(HttpExchange exchange, String model, boolean stream) throws IOException {
        String arguments = "{\"query\":\"volcano\"}";
        if (!stream) {
            json(
                    exchange,
                    200,
                    Map.of(
                            "id",
                            "chatcmpl-2",
                            "object",
                            "chat.completion",
                            "created",
                            1,
                            "model",
                            model,
                            "choices",
                            List.of(Map.of(
                                    "index",
                                    0,
                                    "message",
                                    Map.of(
                                            "role",
                                            "assistant",
                                            "tool_calls",
                                            List.of(Map.of(
                                                    "id", "call_1",
                                                    "type", "function",
                                                    "function",
                                                            Map.of(
                                                                    "name",
                                                                    "search_knowledge",
                                                                    "arguments",
                                                                    arguments)))),
                                    "finish_reason",
                                    "tool_calls")),
                            "usage",
                            openAiUsage()));
            return;
        }
        sse(
                exchange,
                List.of(
                        chunk(
                                model,
                                Map.of(
                                        "role",
                                        "assistant",
                                        "tool_calls",
                                        List.of(Map.of(
                                                "index",
                                                0,
                                                "id",
                                                "call_1",
                                                "type",
                                                "function",
                                                "function",
                                                Map.of("name", "search_knowledge", "arguments", "")))),
                                null),
                        chunk(
                                model,
                                Map.of(
                                        "tool_calls",
                                        List.of(Map.of("index", 0, "function", Map.of("arguments", "{\"query\":")))),
                                null),
                        chunk(
                                model,
                                Map.of(
                                        "tool_calls",
                                        List.of(Map.of("index", 0, "function", Map.of("arguments", "\"volcano\"}")))),
                                null),
                        chunk(model, Map.of(), "tool_calls"),
                        "data: [DONE]"));
    }

    private static Map<String, Object> openAiUsage() {
        return Map.of(
                "prompt_tokens", INPUT_TOKENS,
                "completion_tokens", OUTPUT_TOKENS,
                "total_tokens", INPUT_TOKENS + OUTPUT_TOKENS);
    }

    private static String chunk(String model, Map<String, Object> delta, String finish) {
        Map<String, Object> choice = new java.util.LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("delta", delta);
        choice.put("finish_reason", finish);
        return "data: "
                + JSON.writeValueAsString(Map.of(
                        "id",
                        "chatcmpl-1",
                        "object",
                        "chat.completion.chunk",
                        "created",
                        1,
                        "model",
                        model,
                        "choices",
                        List.of(choice)));
    }

    private void models(HttpExchange exchange, JsonNode body) throws IOException {
        if (exchange.getRequestHeaders().containsKey("anthropic-version")) {
            json(
                    exchange,
                    200,
                    Map.of(
                            "data",
                            List.of(Map.of(
                                    "type",
                                    "model",
                                    "id",
                                    "claude-test",
                                    "display_name",
                                    "Claude Test",
                                    "created_at",
                                    "2025-01-01T00:00:00Z")),
                            "has_more",
                            false,
                            "first_id",
                            "claude-test",
                            "last_id",
                            "claude-test"));
            return;
        }
        json(
                exchange,
                200,
                Map.of(
                        "object",
                        "list",
                        "data",
                        List.of(
                                Map.of("id", "gpt-ok", "object", "model", "created", 1, "owned_by", "test"),
                                Map.of("id", "gpt-tool", "object", "model", "created", 1, "owned_by", "test"))));
    }
}
