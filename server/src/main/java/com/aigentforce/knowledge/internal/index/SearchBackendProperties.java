package com.aigentforce.knowledge.internal.index;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the chunk index lives (README configuration table, docs/operations.md "Scaling out search"): Lucene on the
 * node's disk by default, or an Elasticsearch/OpenSearch cluster shared by all nodes. The mapping is the same.
 *
 * @param backend {@code lucene} (default) or {@code elasticsearch} ({@code AIGENTFORCE_SEARCH_BACKEND})
 * @param uris the cluster's HTTP(S) addresses, e.g. {@code https://search-1:9200,https://search-2:9200}
 * @param username basic-auth user, if the cluster asks for one
 * @param password basic-auth password
 * @param distribution {@code elastic}, {@code opensearch} or {@code amazon-opensearch-serverless}; empty: asked of
 *     the cluster at startup
 * @param version the cluster's version, e.g. {@code 2.19} or {@code 9.1}; empty: asked of the cluster at startup
 * @param versionCheck whether startup asks the cluster its version and refuses an unsupported or mismatched one
 *     (must be off for Amazon OpenSearch Serverless, which does not answer; then distribution and version are
 *     required)
 * @param connectionTimeout how long to wait for a connection to the cluster
 * @param readTimeout how long to wait for an answer on an open connection
 */
@ConfigurationProperties("aigentforce.search")
public record SearchBackendProperties(
        Backend backend,
        List<String> uris,
        String username,
        String password,
        String distribution,
        String version,
        Boolean versionCheck,
        Duration connectionTimeout,
        Duration readTimeout) {

    public enum Backend {
        LUCENE,
        ELASTICSEARCH
    }

    public SearchBackendProperties {
        backend = backend == null ? Backend.LUCENE : backend;
        uris = uris == null
                ? List.of()
                : uris.stream().map(String::trim).filter(u -> !u.isEmpty()).toList();
        username = blankToNull(username);
        password = blankToNull(password);
        distribution = blankToNull(distribution);
        version = blankToNull(version);
        versionCheck = versionCheck == null || versionCheck;
        connectionTimeout = connectionTimeout == null ? Duration.ofSeconds(3) : connectionTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
        if (backend == Backend.ELASTICSEARCH && uris.isEmpty()) {
            throw new IllegalArgumentException(
                    "the elasticsearch search backend needs the cluster's addresses in AIGENTFORCE_SEARCH_URIS"
                            + " (aigentforce.search.uris), e.g. http://localhost:9200");
        }
        if (!versionCheck && (distribution == null || version == null)) {
            throw new IllegalArgumentException("with AIGENTFORCE_SEARCH_VERSION_CHECK=false the cluster is not asked:"
                    + " set AIGENTFORCE_SEARCH_DISTRIBUTION and AIGENTFORCE_SEARCH_VERSION");
        }
    }

    /** Hibernate Search's {@code version} setting ({@code distribution:version}), or null to ask the cluster. */
    String hibernateSearchVersion() {
        if (distribution == null && version == null) {
            return null;
        }
        if (distribution == null) {
            return version;
        }
        return version == null ? distribution : distribution + ":" + version;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
