package com.aigentforce.knowledge.internal.index;

import java.nio.file.Path;
import java.util.Map;
import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Hibernate Search's backend settings from {@link SearchBackendProperties}: the Lucene backend on local disk, or the
 * Elasticsearch backend on a cluster. Only the backend, its analysis and the vector similarity differ; the mapping of {@link Chunk} and the
 * settings both share (multi-tenancy, synchronous indexing) stay in application.yml.
 */
@Component
class SearchBackendSettings implements HibernatePropertiesCustomizer {

    private static final Logger LOGGER = LoggerFactory.getLogger(SearchBackendSettings.class);
    private static final String BACKEND = "hibernate.search.backend.";
    private static final String MAPPING_CONFIGURER = "hibernate.search.mapping.configurer";

    /** Pinned so an upgrade never silently changes how an existing Lucene index is read. */
    static final String LUCENE_VERSION = "9.12.3";

    /**
     * Segments of one size merge in fours instead of Lucene's tens: every query runs once per segment (a k-NN query
     * searches each segment's graph for all k neighbours), so fewer segments mean less CPU per search, for somewhat
     * more merging while documents are ingested (measured in docs/benchmarks.md).
     */
    static final int MERGE_FACTOR = 4;

    /**
     * Lucene 9.12 uses the JDK's vector API (SIMD k-NN distances and postings decoding, once the JVM runs with
     * {@code --add-modules jdk.incubator.vector}) only on the Java versions it was released for, up to 23, unless this
     * property names a later one. Its vector code runs unchanged on 25, which we build and test on; later versions
     * fall back to scalar code (docs/operations.md, gain in docs/benchmarks.md). Lucene reads the property once, when
     * its vector code is first needed — after these settings, which come before the backend starts.
     */
    static final String VECTOR_API_UP_TO_JAVA = "org.apache.lucene.vectorization.upperJavaFeatureVersion";

    private final SearchBackendProperties properties;
    private final Path indexDir;

    SearchBackendSettings(SearchBackendProperties properties, SearchIndexProperties index) {
        this.properties = properties;
        this.indexDir = index.indexDir();
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        switch (properties.backend()) {
            case LUCENE -> lucene(hibernateProperties);
            case ELASTICSEARCH -> elasticsearch(hibernateProperties);
        }
    }

    private void lucene(Map<String, Object> settings) {
        settings.put(BACKEND + "type", "lucene");
        if (System.getProperty(VECTOR_API_UP_TO_JAVA) == null) {
            System.setProperty(VECTOR_API_UP_TO_JAVA, "25");
        }
        settings.put(MAPPING_CONFIGURER, new ChunkVectorMapping(VectorSimilarity.DOT_PRODUCT));
        settings.put(BACKEND + "lucene_version", LUCENE_VERSION);
        settings.put(BACKEND + "directory.root", indexDir.toString());
        settings.put(BACKEND + "io.merge.factor", MERGE_FACTOR);
        RetiredIndexes.removeDirectories(indexDir);
        settings.put(BACKEND + "analysis.configurer", "class:" + EnglishAnalysis.class.getName());
        LOGGER.info("SearchBackend(type=lucene) index in {}", indexDir);
    }

    private void elasticsearch(Map<String, Object> settings) {
        settings.put(BACKEND + "type", "elasticsearch");
        settings.put(MAPPING_CONFIGURER, new ChunkVectorMapping(VectorSimilarity.COSINE));
        // Elasticsearch's rest5 client (on httpclient5, which the server has already) instead of the default rest4
        // one, which is not on the class path
        settings.put(BACKEND + "client_factory", "elasticsearch-rest5");
        settings.put(BACKEND + "uris", String.join(",", properties.uris()));
        if (properties.username() != null) {
            settings.put(BACKEND + "username", properties.username());
            settings.put(BACKEND + "password", properties.password() == null ? "" : properties.password());
        }
        String version = properties.hibernateSearchVersion();
        if (version != null) {
            settings.put(BACKEND + "version", version);
        }
        settings.put(BACKEND + "version_check.enabled", properties.versionCheck());
        settings.put(
                BACKEND + "connection_timeout", properties.connectionTimeout().toMillis());
        settings.put(BACKEND + "read_timeout", properties.readTimeout().toMillis());
        settings.put(BACKEND + "analysis.configurer", "class:" + EnglishElasticsearchAnalysis.class.getName());
        LOGGER.info(
                "SearchBackend(type=elasticsearch) cluster at {} (version {})",
                // an address may carry credentials (user:password@host): only scheme, host and port are logged
                properties.uris().stream()
                        .map(uri -> uri.replaceFirst("//[^/@]*@", "//"))
                        .toList(),
                version == null ? "asked of the cluster" : version);
    }
}
