package com.aigentforce.platform.db;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The data directory: the embedded PostgreSQL's cluster (or a link to it), signing keys, search index and files
 * unless configured elsewhere. Its one default ({@code ./data}) is in application.yml.
 *
 * @param dataDir {@code AIGENTFORCE_DATA_DIR}
 */
@ConfigurationProperties("aigentforce")
@Validated
record DataDirectoryProperties(@NotNull Path dataDir) {}
