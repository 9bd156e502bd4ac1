package com.aigentforce.knowledge.internal.ingestion;

import com.aigentforce.knowledge.FileText;
import com.aigentforce.knowledge.FileTextUnavailable;
import com.aigentforce.knowledge.internal.KnowledgeProperties;
import com.aigentforce.knowledge.internal.document.FailureCode;
import java.io.InputStream;
import org.springframework.stereotype.Component;

/** {@link FileText} through the ingestion's own extractor and page limit. */
@Component
class ExtractedFileText implements FileText {

    private final TextExtractor extractor;
    private final KnowledgeProperties properties;

    ExtractedFileText(TextExtractor extractor, KnowledgeProperties properties) {
        this.extractor = extractor;
        this.properties = properties;
    }

    @Override
    public String extract(InputStream content, String fileName, long maxChars) {
        try {
            return extractor
                    .extract(content, fileName, maxChars, properties.maxPages())
                    .content();
        } catch (ExtractionFailed e) {
            if (e.code() == FailureCode.TOO_MUCH_TEXT) {
                throw FileTextUnavailable.tooLong(maxChars);
            }
            throw FileTextUnavailable.unreadable(e.reason());
        }
    }
}
