package com.aigentforce.knowledge.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;

class SearchUnavailableTest {

    @Test
    void anUnreachableClusterIsToldApartFromABug() {
        SearchException refused = new SearchException(
                "HSEARCH400588: Request failed", new UncheckedIOException(new ConnectException("Connection refused")));
        SearchException bug = new SearchException("HSEARCH000610: Unknown field 'metadata.x'");

        assertThat(SearchUnavailable.causedByIndexIo(refused)).isTrue();
        assertThat(SearchUnavailable.causedByIndexIo(bug)).isFalse();
        assertThat(new SearchUnavailable().status().value()).isEqualTo(503);
    }
}
