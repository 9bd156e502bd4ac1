package com.aigentforce.platform.db;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the relational data lives. With no {@code url}, an embedded PostgreSQL is started under the data
 * directory; with one, that external server is used and nothing is started.
 *
 * @param url external PostgreSQL JDBC URL ({@code AIGENTFORCE_DB_URL})
 * @param username external user ({@code AIGENTFORCE_DB_USER})
 * @param password external password ({@code AIGENTFORCE_DB_PASSWORD})
 * @param replicaUrl optional read replica for read-only transactions ({@code AIGENTFORCE_DB_REPLICA_URL})
 * @param embeddedPort fixed port for the embedded server; 0 picks a free one
 * @param embeddedDatabase database name inside the embedded server
 * @param poolSize maximum connections in the pool
 * @param embeddedClean start the embedded server on an empty cluster (tests)
 * @param embeddedRelocationDir as root, where the cluster lives when the server user {@code nobody} cannot reach the
 *     data directory ({@code AIGENTFORCE_EMBEDDED_DB_RELOCATION_DIR}; see {@link ClusterLocation})
 */
@ConfigurationProperties("aigentforce.db")
@Validated
public record DatabaseProperties(
        String url,
        String username,
        String password,
        String replicaUrl,
        int embeddedPort,
        String embeddedDatabase,
        int poolSize,
        boolean embeddedClean,
        @NotNull Path embeddedRelocationDir) {

    public DatabaseProperties {
        embeddedDatabase = embeddedDatabase == null || embeddedDatabase.isBlank() ? "aigentforce" : embeddedDatabase;
        poolSize = poolSize <= 0 ? 20 : poolSize;
    }

    boolean embedded() {
        return url == null || url.isBlank();
    }
}
