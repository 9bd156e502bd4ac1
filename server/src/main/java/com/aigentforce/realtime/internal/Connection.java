package com.aigentforce.realtime.internal;

import com.aigentforce.platform.security.Caller;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * One client connection. Outgoing messages go through a bounded queue drained by one virtual thread at a time, so
 * whoever publishes never waits for the client: a client that falls {@code queueLimit} messages behind, or whose
 * send takes longer than the send time limit, is dropped instead.
 */
final class Connection {

    private static final Logger LOGGER = LoggerFactory.getLogger(Connection.class);

    private final WebSocketSession session;
    private final Executor sender;
    private final BlockingQueue<WebSocketMessage<?>> queue;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final long openedAt = System.nanoTime();
    private volatile long lastSeen = openedAt;
    private volatile long sendStartedAt;
    private volatile Caller caller;
    private volatile String credential;

    Connection(WebSocketSession session, Executor sender, int queueLimit) {
        this.session = session;
        this.sender = sender;
        this.queue = new LinkedBlockingQueue<>(queueLimit);
    }

    String id() {
        return session.getId();
    }

    Caller caller() {
        return caller;
    }

    String credential() {
        return credential;
    }

    boolean authenticated() {
        return caller != null;
    }

    void authenticate(Caller caller, String credential) {
        this.caller = caller;
        this.credential = credential;
    }

    /** The caller's standing changed (roles, permissions) while the connection stays open. */
    void refresh(Caller caller) {
        this.caller = caller;
    }

    void touch() {
        lastSeen = System.nanoTime();
    }

    long openedAt() {
        return openedAt;
    }

    long lastSeen() {
        return lastSeen;
    }

    /** Whether a single send has been in progress for longer than {@code limitNanos}. */
    boolean stalled(long now, long limitNanos) {
        long started = sendStartedAt;
        return started != 0 && now - started > limitNanos;
    }

    boolean isClosed() {
        return closed.get();
    }

    /** Queues the message; false (and nothing queued) when the client is too far behind or closed. */
    boolean send(WebSocketMessage<?> message) {
        if (closed.get() || !queue.offer(message)) {
            return false;
        }
        if (draining.compareAndSet(false, true)) {
            sender.execute(this::drain);
        }
        return true;
    }

    /** Closes without waiting: the close frame is sent by a virtual thread, after nothing else. */
    void close(CloseStatus status) {
        if (closed.compareAndSet(false, true)) {
            queue.clear();
            sender.execute(() -> {
                try {
                    session.close(status);
                } catch (IOException | RuntimeException e) {
                    LOGGER.debug("Connection(id={}) did not close cleanly: {}", id(), e.getMessage());
                }
            });
        }
    }

    private void drain() {
        do {
            WebSocketMessage<?> message;
            while (!closed.get() && (message = queue.poll()) != null) {
                sendStartedAt = System.nanoTime();
                try {
                    session.sendMessage(message);
                } catch (IOException | RuntimeException e) {
                    LOGGER.debug("Connection(id={}) send failed: {}", id(), e.getMessage());
                    close(CloseStatus.SESSION_NOT_RELIABLE);
                } finally {
                    sendStartedAt = 0;
                }
            }
            draining.set(false);
        } while (!closed.get() && !queue.isEmpty() && draining.compareAndSet(false, true));
    }
}
