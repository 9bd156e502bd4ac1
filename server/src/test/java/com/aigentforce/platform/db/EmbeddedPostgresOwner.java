package com.aigentforce.platform.db;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A second process that starts a data directory's embedded PostgreSQL (arguments: the data directory and the
 * relocation directory), as a serving node does, prints its port and keeps the server until its standard input
 * closes. {@link EmbeddedPostgresOwnershipTest} runs it.
 */
final class EmbeddedPostgresOwner {

    private EmbeddedPostgresOwner() {}

    public static void main(String[] args) throws IOException {
        try (EmbeddedPostgres server = EmbeddedPostgres.start(Path.of(args[0]), Path.of(args[1]), 0, false)) {
            // the parent reads this line to learn the port; this is the child's only output channel
            System.out.println("READY " + server.port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait until the parent closes our input
            }
        }
    }
}
