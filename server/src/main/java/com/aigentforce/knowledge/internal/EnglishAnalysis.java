package com.aigentforce.knowledge.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The {@code english} analyzer of the chunk text: standard tokens, lower case, English stop words, Porter stems. */
public class EnglishAnalysis implements LuceneAnalysisConfigurer {

    static final String ANALYZER = "english";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ANALYZER)
                .custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .tokenFilter("porterStem");
    }
}
