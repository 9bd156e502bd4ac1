package com.aigentforce.knowledge.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/** The {@code english} analyzer of the chunk text: standard tokens, lower case, English stop words, Porter stems. */
public class EnglishAnalysis implements LuceneAnalysisConfigurer {

    static final String ANALYZER = "english";

    private static final String TOKENIZER = "standard";

    private static final List<String> FILTERS = List.of("englishPossessive", "lowercase", "stop", "porterStem");

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        LuceneAnalysisOptionalComponentsStep analyzer =
                context.analyzer(ANALYZER).custom().tokenizer(TOKENIZER);
        for (String filter : FILTERS) {
            analyzer = analyzer.tokenFilter(filter);
        }
    }

    /** The same analysis outside the index (highlighting texts read from PostgreSQL), on any search backend. */
    public static Analyzer standalone() {
        try {
            CustomAnalyzer.Builder analyzer = CustomAnalyzer.builder().withTokenizer(TOKENIZER);
            for (String filter : FILTERS) {
                analyzer.addTokenFilter(filter);
            }
            return analyzer.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
