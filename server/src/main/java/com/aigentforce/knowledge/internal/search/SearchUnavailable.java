package com.aigentforce.knowledge.internal.search;

import com.aigentforce.platform.DomainException;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The search index cannot be reached (an Elasticsearch/OpenSearch cluster that does not answer). */
final class SearchUnavailable extends DomainException {

    SearchUnavailable() {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                "search-unavailable",
                "The search index cannot be reached at the moment; try again shortly",
                Map.of());
    }

    /** True when a search failure was caused by I/O with the index (connection refused, timeout), not by a bug. */
    static boolean causedByIndexIo(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
