package com.aigentforce.knowledge.internal.web;

import com.aigentforce.knowledge.internal.search.SearchQuery;
import com.aigentforce.knowledge.internal.search.SearchService;
import com.aigentforce.knowledge.internal.web.KnowledgeRequests.SearchRequest;
import com.aigentforce.knowledge.internal.web.KnowledgeViews.SearchResult;
import com.aigentforce.platform.security.RequiresPermission;
import com.aigentforce.users.Permissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/knowledge-base/search")
@Tag(name = "Knowledge search", description = "Hybrid, full-text and vector search with permissions applied inside")
class SearchController {

    private static final String METADATA_PREFIX = "metadata.";

    private final SearchService search;
    private final Validator validator;

    SearchController(SearchService search, Validator validator) {
        this.search = search;
        this.validator = validator;
    }

    @GetMapping
    @RequiresPermission(Permissions.KB_READ)
    @Operation(
            summary = "Search the knowledge base",
            description = "mode: hybrid (weighted fusion of full-text and vector scores, default), fulltext or"
                    + " vector. limit: 1-100 (default 10). maxPerDocument: 1-100 (default unlimited), at most that"
                    + " many chunks of one document in the results (1: limit distinct documents, each with its best"
                    + " chunk). Filters: knowledgeBaseId, documentId, tags (any of), metadata.<key>=<value> (exact)."
                    + " Only chunks of current versions the caller may read are ranked. Each hit has an absolute"
                    + " relevance (0-1); hits below minRelevance (default: the mode's floor) are dropped and counted"
                    + " in belowFloor.")
    SearchResult get(
            @RequestParam String q,
            @RequestParam(required = false) UUID knowledgeBaseId,
            @RequestParam(required = false) String mode,
            @Parameter(description = "1-100, default 10") @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) List<String> tags,
            @RequestParam(required = false) UUID documentId,
            @Parameter(description = "1-100, default unlimited: at most this many chunks of one document")
                    @RequestParam(required = false)
                    Integer maxPerDocument,
            @Parameter(description = "0-1, default the mode's relevance floor: hits below it are dropped")
                    @RequestParam(required = false)
                    Double minRelevance,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> all) {
        Map<String, String> metadata = new LinkedHashMap<>();
        all.forEach((name, values) -> {
            if (name.startsWith(METADATA_PREFIX) && !values.isEmpty()) {
                metadata.put(name.substring(METADATA_PREFIX.length()), values.getFirst());
            }
        });
        SearchRequest request = new SearchRequest(
                q,
                knowledgeBaseId,
                mode,
                limit,
                tags,
                documentId,
                metadata.isEmpty() ? null : metadata,
                maxPerDocument,
                minRelevance);
        Set<ConstraintViolation<SearchRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return SearchResult.of(search.search(query(request)));
    }

    @PostMapping
    @RequiresPermission(Permissions.KB_READ)
    @Operation(
            summary = "Search the knowledge base (filters in a JSON body)",
            description = "The same fields as the GET parameters: q, knowledgeBaseId, mode, limit (1-100),"
                    + " maxPerDocument (1-100), tags, documentId, metadata (an object of exact values), minRelevance"
                    + " (0-1).")
    SearchResult post(@Valid @RequestBody SearchRequest request) {
        return SearchResult.of(search.search(query(request)));
    }

    private static SearchQuery query(SearchRequest request) {
        return new SearchQuery(
                request.q(),
                request.knowledgeBaseId(),
                request.mode(),
                request.limit(),
                request.tags(),
                request.documentId(),
                request.metadata(),
                request.maxPerDocument(),
                request.minRelevance());
    }
}
