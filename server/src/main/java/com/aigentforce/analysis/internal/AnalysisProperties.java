package com.aigentforce.analysis.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the analysis module ({@code aigentforce.analysis.*}, docs/operations.md).
 *
 * @param maxText largest text analysed at once, inline or extracted from a file, in UTF-8 bytes (default 100KB)
 * @param keyPhrases how many key phrases an analysis lists (default 10)
 * @param summarySentences how many sentences the extractive summary has (default 3)
 */
@ConfigurationProperties("aigentforce.analysis")
public record AnalysisProperties(DataSize maxText, int keyPhrases, int summarySentences) {

    public AnalysisProperties {
        maxText = maxText == null ? DataSize.ofKilobytes(100) : maxText;
        keyPhrases = keyPhrases <= 0 ? 10 : keyPhrases;
        summarySentences = summarySentences <= 0 ? 3 : summarySentences;
    }
}
