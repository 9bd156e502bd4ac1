package com.aigentforce.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * One embedded server per data directory per JVM, shared by reference count. Tests start several Spring contexts
 * against the same directory; the server stops when the last of them closes.
 */
final class EmbeddedPostgresServers {

    private static final Map<Path, Handle> RUNNING = new HashMap<>();

    private EmbeddedPostgresServers() {}

    static synchronized Lease acquire(
            Path dataDirectory, Path relocationDirectory, int port, String database, boolean clean) {
        Path key = dataDirectory.toAbsolutePath().normalize();
        Handle handle = RUNNING.get(key);
        if (handle == null) {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.start(key, relocationDirectory, port, clean);
                createDatabaseIfMissing(server, database);
                handle = new Handle(server);
                RUNNING.put(key, handle);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + key, e);
            }
        }
        handle.references++;
        return new Lease(key, handle.server);
    }

    private static synchronized void release(Path key) {
        Handle handle = RUNNING.get(key);
        if (handle != null && --handle.references == 0) {
            RUNNING.remove(key);
            handle.server.close();
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres server, String database) {
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Invalid embedded database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(
                server.jdbcUrl("postgres"), EmbeddedPostgres.SUPERUSER, server.password())) {
            boolean exists;
            try (var st = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                st.setString(1, database);
                exists = st.executeQuery().next();
            }
            if (!exists) {
                try (var st = c.createStatement()) {
                    st.execute("create database " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database " + database, e);
        }
    }

    private static final class Handle {
        private final EmbeddedPostgres server;
        private int references;

        Handle(EmbeddedPostgres server) {
            this.server = server;
        }
    }

    /** A context's hold on the shared server. */
    static final class Lease implements AutoCloseable {
        private final Path key;
        private final EmbeddedPostgres server;
        private boolean closed;

        Lease(Path key, EmbeddedPostgres server) {
            this.key = key;
            this.server = server;
        }

        EmbeddedPostgres server() {
            return server;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                release(key);
            }
        }
    }
}
