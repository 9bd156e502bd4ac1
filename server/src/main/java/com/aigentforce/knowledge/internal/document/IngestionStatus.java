package com.aigentforce.knowledge.internal.document;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/**
 * Where a document version is in the pipeline: (fetching, for URL imports →) stored → extracting → chunking →
 * embedding → indexed, or failed.
 */
public enum IngestionStatus {
    FETCHING,
    STORED,
    EXTRACTING,
    CHUNKING,
    EMBEDDING,
    INDEXED,
    FAILED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
        return this == INDEXED || this == FAILED;
    }

    @Converter
    static final class Column implements AttributeConverter<IngestionStatus, String> {

        @Override
        public String convertToDatabaseColumn(IngestionStatus status) {
            return status == null ? null : status.value();
        }

        @Override
        public IngestionStatus convertToEntityAttribute(String value) {
            return value == null ? null : IngestionStatus.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
