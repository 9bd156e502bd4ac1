package com.aigentforce.knowledge.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server on a free loopback port speaking the OpenAI embeddings wire protocol ({@code POST
 * /v1/embeddings}), for the real LangChain4j client. Vectors are deterministic: a hashed bag of words in
 * {@code dimensions} (or the request's {@code dimensions}) dimensions, normalised, so texts sharing words are near.
 * Tests can make it answer errors, and hold back batch requests (more than one input) until resumed.
 */
public final class OpenAiEmbeddingsServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final int dimensions;
    private final ConcurrentLinkedQueue<String> seenAuthorizations = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Integer> answered = new ConcurrentLinkedQueue<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger batches = new AtomicInteger();
    private final AtomicInteger embedded = new AtomicInteger();
    private volatile int failFrom = Integer.MAX_VALUE;
    private volatile int failUntil = Integer.MAX_VALUE;
    private volatile int failStatus;
    private volatile int pauseAfterBatches = Integer.MAX_VALUE;
    private volatile CountDownLatch gate = new CountDownLatch(0);

    public OpenAiEmbeddingsServer(int dimensions) {
        this.dimensions = dimensions;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // one thread per request: a held-back batch must not hold back the queries
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/embeddings", this::embeddings);
        server.start();
    }

    /** The base URL a client is configured with. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The {@code n}-th to {@code n + times - 1}-th requests from now (counting from 1) answer {@code status}. */
    public void failRequests(int n, int times, int status) {
        failStatus = status;
        int now = requests.get();
        failFrom = now + n;
        failUntil = now + n + times - 1;
    }

    /** Batch requests after the next {@code batches} ones wait until {@link #resume()}. */
    public void pauseAfterBatches(int count) {
        gate = new CountDownLatch(1);
        pauseAfterBatches = batches.get() + count;
    }

    public void resume() {
        gate.countDown();
    }

    /** The Authorization headers received, in order. */
    public List<String> authorizations() {
        return List.copyOf(seenAuthorizations);
    }

    /** How many texts were embedded (answered with vectors) so far. */
    public int embeddedTexts() {
        return embedded.get();
    }

    /** The statuses answered, in order. */
    public List<Integer> statuses() {
        return List.copyOf(answered);
    }

    private void embeddings(HttpExchange exchange) throws IOException {
        try (exchange) {
            int number = requests.incrementAndGet();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            seenAuthorizations.add(authorization == null ? "" : authorization);
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            List<String> inputs = new ArrayList<>();
            JsonNode input = request.path("input");
            if (input.isArray()) {
                input.forEach(i -> inputs.add(i.asString()));
            } else {
                inputs.add(input.asString());
            }
            if (number >= failFrom && number <= failUntil) {
                send(exchange, failStatus, Map.of("error", Map.of("message", "scripted failure", "type", "test")));
                return;
            }
            if (inputs.size() > 1 && batches.incrementAndGet() > pauseAfterBatches) {
                awaitGate();
            }
            embedded.addAndGet(inputs.size());
            int size = request.has("dimensions") ? request.path("dimensions").asInt() : dimensions;
            List<Map<String, Object>> data = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("object", "embedding");
                item.put("index", i);
                item.put("embedding", vector(inputs.get(i), size));
                data.add(item);
            }
            int tokens = inputs.stream().mapToInt(t -> t.split("\\s+").length).sum();
            send(
                    exchange,
                    200,
                    Map.of(
                            "object",
                            "list",
                            "data",
                            data,
                            "model",
                            request.path("model").asString(),
                            "usage",
                            Map.of("prompt_tokens", tokens, "total_tokens", tokens)));
        }
    }

    private void awaitGate() {
        try {
            if (!gate.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never resumed the embeddings server");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        answered.add(status);
    }

    /** Hashed bag of words, normalised to length 1. */
    public static float[] vector(String text, int size) {
        float[] v = new float[size];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                v[Math.floorMod(word.hashCode(), size)] += 1;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            v[0] = 1;
            return v;
        }
        for (int i = 0; i < size; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    @Override
    public void close() {
        gate.countDown();
        server.stop(0);
    }
}
