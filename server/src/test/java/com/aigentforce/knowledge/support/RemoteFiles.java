package com.aigentforce.knowledge.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;

/** A real HTTP server on a free loopback port that serves files for URL imports. */
public final class RemoteFiles implements AutoCloseable {

    private final HttpServer server;

    public RemoteFiles() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** Serves {@code body} at {@code path}; {@code contentType} and {@code disposition} may be null (not sent). */
    public RemoteFiles file(String path, String contentType, String disposition, byte[] body) {
        server.createContext(path, exchange -> {
            try (exchange) {
                if (contentType != null) {
                    exchange.getResponseHeaders().add("Content-Type", contentType);
                }
                if (disposition != null) {
                    exchange.getResponseHeaders().add("Content-Disposition", disposition);
                }
                exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        return this;
    }

    public RemoteFiles status(String path, int status) {
        server.createContext(path, exchange -> {
            try (exchange) {
                exchange.sendResponseHeaders(status, -1);
            }
        });
        return this;
    }

    public RemoteFiles redirect(String path, String location) {
        server.createContext(path, exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().add("Location", location);
                exchange.sendResponseHeaders(302, -1);
            }
        });
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
