package com.aigentforce.knowledge.internal.index;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the local Lucene index lives ({@code aigentforce.knowledge.index-dir}, {@code AIGENTFORCE_INDEX_DIR}; its
 * default, the data directory's {@code index}, is in application.yml). Unused with an Elasticsearch/OpenSearch backend.
 */
@ConfigurationProperties("aigentforce.knowledge")
@Validated
public record SearchIndexProperties(@NotNull Path indexDir) {}
