package com.aigentforce.knowledge.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aigentforce.knowledge.internal.index.SearchBackendProperties.Backend;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchBackendPropertiesTest {

    @Test
    void luceneIsTheDefaultAndNeedsNoCluster() {
        var properties = new SearchBackendProperties(null, null, "", "", "", "", null, null, null);
        assertThat(properties.backend()).isEqualTo(Backend.LUCENE);
        assertThat(properties.hibernateSearchVersion()).isNull();
        assertThat(properties.versionCheck()).isTrue();
    }

    @Test
    void theElasticsearchBackendWithoutAddressesNamesTheMissingSetting() {
        assertThatThrownBy(() -> new SearchBackendProperties(
                        Backend.ELASTICSEARCH, List.of(" "), null, null, null, null, null, null, null))
                .hasMessageContaining("AIGENTFORCE_SEARCH_URIS");
    }

    @Test
    void distributionAndVersionBecomeHibernateSearchsVersionSetting() {
        assertThat(cluster("opensearch", "2.19").hibernateSearchVersion()).isEqualTo("opensearch:2.19");
        assertThat(cluster("opensearch", null).hibernateSearchVersion()).isEqualTo("opensearch");
        assertThat(cluster(null, "9.1").hibernateSearchVersion()).isEqualTo("9.1");
    }

    @Test
    void withoutTheVersionCheckDistributionAndVersionAreRequired() {
        assertThatThrownBy(() -> new SearchBackendProperties(
                        Backend.ELASTICSEARCH,
                        List.of("https://search:9200"),
                        null,
                        null,
                        "amazon-opensearch-serverless",
                        null,
                        false,
                        null,
                        null))
                .hasMessageContaining("AIGENTFORCE_SEARCH_VERSION");
    }

    private static SearchBackendProperties cluster(String distribution, String version) {
        return new SearchBackendProperties(
                Backend.ELASTICSEARCH,
                List.of("http://127.0.0.1:9200"),
                null,
                null,
                distribution,
                version,
                null,
                null,
                null);
    }
}
