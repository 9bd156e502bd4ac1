package com.aigentforce.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WebSocket client for tests on the JDK's own implementation: collects every text message as JSON, counts pings
 * and records how the server closed the connection. {@link #stopReading()} makes it a client that no longer reads.
 */
public final class WsClient implements WebSocket.Listener, AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final AtomicInteger pings = new AtomicInteger();
    private final StringBuilder partial = new StringBuilder();
    private volatile boolean reading = true;
    private WebSocket socket;

    private WsClient() {}

    /** Connects to {@code /api/v1/ws}, offering these subprotocols (none when empty). */
    public static WsClient connect(int port, String... subprotocols) {
        WsClient client = new WsClient();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (subprotocols.length > 0) {
            String[] rest = new String[subprotocols.length - 1];
            System.arraycopy(subprotocols, 1, rest, 0, rest.length);
            builder.subprotocols(subprotocols[0], rest);
        }
        client.socket = builder.buildAsync(URI.create("ws://localhost:" + port + "/api/v1/ws"), client)
                .orTimeout(20, TimeUnit.SECONDS)
                .join();
        return client;
    }

    /** Connects and authenticates with the first message; returns once {@code session:ready} arrived. */
    public static WsClient authenticated(int port, String token) {
        WsClient client = connect(port);
        client.send(Map.of("type", "auth", "token", token));
        client.awaitType("session:ready");
        return client;
    }

    public String subprotocol() {
        return socket.getSubprotocol();
    }

    public void send(Object message) {
        String text = message instanceof String s ? s : JSON.writeValueAsString(message);
        socket.sendText(text, true).orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** The next message of this type, skipping others; fails after 15 s. */
    public JsonNode awaitType(String type) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            JsonNode next = poll(deadline - System.nanoTime());
            assertThat(next).as("a %s message", type).isNotNull();
            if (type.equals(next.path("type").asString())) {
                return next;
            }
        }
    }

    /** The next message that is not a pong, or null when none arrives in time. */
    public JsonNode next(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode next = poll(deadline - System.nanoTime());
            if (next == null || !"pong".equals(next.path("type").asString())) {
                return next;
            }
        }
    }

    /** The close code the server sent; fails when the connection is still open after 15 s. */
    public int awaitClose() {
        return closed.orTimeout(15, TimeUnit.SECONDS).join();
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    public int pings() {
        return pings.get();
    }

    /** From now on nothing more is read: no messages, no pings answered. */
    public void stopReading() {
        reading = false;
    }

    /** Reads again, including everything that piled up. */
    public void resumeReading() {
        reading = true;
        socket.request(1);
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            messages.add(JSON.readTree(partial.toString()));
            partial.setLength(0);
        }
        requestMore(webSocket);
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        pings.incrementAndGet();
        requestMore(webSocket);
        return null;
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        requestMore(webSocket);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(1006); // abnormal closure, as browsers report it
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.abort();
        }
    }

    private void requestMore(WebSocket webSocket) {
        if (reading) {
            webSocket.request(1);
        }
    }

    private JsonNode poll(long nanos) {
        try {
            return nanos <= 0 ? messages.poll() : messages.poll(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
