package com.aigentforce.knowledge.internal.search;

import com.aigentforce.knowledge.PassageRetrieval;
import com.aigentforce.knowledge.RetrievalRequest;
import com.aigentforce.knowledge.RetrievedPassage;
import com.aigentforce.tenancy.TenantContext;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@link PassageRetrieval} as a search with the asker's rights: the same code path, permissions and floor. */
@Component
class SearchPassageRetrieval implements PassageRetrieval {

    private final SearchService search;

    SearchPassageRetrieval(SearchService search) {
        this.search = search;
    }

    @Override
    public List<RetrievedPassage> retrieve(RetrievalRequest request) {
        if (request.knowledgeBaseIds().isEmpty()) {
            return List.of();
        }
        SearchQuery query = new SearchQuery(
                request.query(),
                null,
                request.mode().apiName(),
                request.topK(),
                null,
                null,
                null,
                null,
                request.minRelevance());
        // in the asker's organisation, whichever thread asks: their rights, their tenant's chunks
        return TenantContext.callAs(
                        request.asker().tenantId(),
                        () -> search.search(request.asker(), query, request.knowledgeBaseIds()))
                .matches()
                .stream()
                .map(m -> new RetrievedPassage(
                        m.documentId(),
                        m.versionId(),
                        m.chunkId(),
                        m.documentTitle(),
                        m.page(),
                        m.headingPath(),
                        m.text(),
                        // unknown only for full-text on Elasticsearch/OpenSearch, where no floor applies
                        m.relevance() == null ? 0 : m.relevance()))
                .toList();
    }
}
