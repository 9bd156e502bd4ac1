package com.aigentforce.knowledge.internal.index;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The {@code english} analyzer of {@link EnglishAnalysis} for an Elasticsearch/OpenSearch cluster: the same Lucene
 * components under the cluster's names (standard tokens, English possessive, lower case, English stop words, Porter
 * stems).
 */
public class EnglishElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("english_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("english_stop").type("stop").param("stopwords", "_english_");
        context.analyzer(EnglishAnalysis.ANALYZER)
                .custom()
                .tokenizer("standard")
                .tokenFilters("english_possessive", "lowercase", "english_stop", "porter_stem");
    }
}
