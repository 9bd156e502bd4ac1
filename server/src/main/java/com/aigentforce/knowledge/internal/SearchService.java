package com.aigentforce.knowledge.internal;

import com.aigentforce.knowledge.internal.KnowledgeRequests.SearchRequest;
import com.aigentforce.knowledge.internal.KnowledgeViews.SearchHit;
import com.aigentforce.knowledge.internal.KnowledgeViews.SearchResult;
import com.aigentforce.platform.security.CurrentCaller;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text (BM25, English analysis, highlights), vector (HNSW k-nearest neighbours on the chunk embeddings) and
 * hybrid (a weighted sum of both lists' min-max normalised scores) search over the current versions' chunks. What
 * the caller may read is computed from PostgreSQL for this query and applied as a filter inside the index query —
 * for k-NN inside the k-NN predicate itself — so ranking and top-k only ever see readable chunks.
 */
@Service
class SearchService {

    /**
     * Share of the full-text score in the hybrid score (the vector score gets the rest). Measured on Cranfield
     * (docs/benchmarks.md): this convex combination beat reciprocal rank fusion (k = 60), and 0.4 was the best weight
     * on either half of the queries.
     */
    static final double LEXICAL_WEIGHT = 0.4;

    private final EntityManager entityManager;
    private final ReadAccess access;
    private final Embedder embedder;
    private final Documents documents;

    SearchService(EntityManager entityManager, ReadAccess access, Embedder embedder, Documents documents) {
        this.entityManager = entityManager;
        this.access = access;
        this.embedder = embedder;
        this.documents = documents;
    }

    private record Hit(Chunk chunk, double score, List<String> highlights) {}

    @Transactional(readOnly = true)
    public SearchResult search(SearchRequest request) {
        long started = System.nanoTime();
        ReadAccess.Scope scope = access.of(CurrentCaller.get());
        Set<UUID> knowledgeBases = new HashSet<>(scope.readable());
        if (request.knowledgeBaseId() != null) {
            knowledgeBases.retainAll(Set.of(request.knowledgeBaseId()));
        }
        String mode = request.effectiveMode();
        int limit = request.effectiveLimit();
        List<Hit> hits = knowledgeBases.isEmpty()
                ? List.of()
                : switch (mode) {
                    case "fulltext" -> fullText(request, knowledgeBases, scope.hiddenDocuments(), limit);
                    case "vector" -> vector(request, knowledgeBases, scope.hiddenDocuments(), limit);
                    default -> hybrid(request, knowledgeBases, scope.hiddenDocuments(), limit);
                };
        Map<UUID, String> titles =
                documents
                        .findAllById(
                                hits.stream().map(h -> h.chunk().documentId()).collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(Document::id, Document::title));
        List<SearchHit> items = hits.stream()
                .map(h -> new SearchHit(
                        h.chunk().id(),
                        h.chunk().documentId(),
                        h.chunk().versionId(),
                        h.chunk().knowledgeBaseId(),
                        titles.get(h.chunk().documentId()),
                        h.chunk().text(),
                        h.highlights(),
                        h.score(),
                        h.chunk().headingPath(),
                        h.chunk().page()))
                .toList();
        return new SearchResult(items, mode, (System.nanoTime() - started) / 1_000_000);
    }

    private List<Hit> fullText(SearchRequest request, Set<UUID> kbs, Set<UUID> hidden, int limit) {
        return session()
                .search(Chunk.class)
                .select(f -> f.composite()
                        .from(f.entity(), f.score(), f.highlight("text"))
                        .as((chunk, score, highlights) -> new Hit(chunk, score, highlights)))
                .where(f -> f.bool()
                        .must(f.simpleQueryString()
                                .field("text")
                                .matching(request.q())
                                .defaultOperator(BooleanOperator.OR))
                        .filter(filter(request, kbs, hidden).apply(f)))
                .highlighter(h -> h.unified()
                        .numberOfFragments(3)
                        // highlights are HTML: the document's own markup is escaped, only <em> is ours
                        .encoder(HighlighterEncoder.HTML))
                .fetchHits(limit);
    }

    private List<Hit> vector(SearchRequest request, Set<UUID> kbs, Set<UUID> hidden, int limit) {
        float[] query = embedder.embed(request.q());
        return session()
                .search(Chunk.class)
                .select(f -> f.composite()
                        .from(f.entity(), f.score())
                        .as((chunk, score) -> new Hit(chunk, score, List.of())))
                .where(f -> f.knn(limit)
                        .field("embedding")
                        .matching(query)
                        .filter(filter(request, kbs, hidden).apply(f)))
                .fetchHits(limit);
    }

    private List<Hit> hybrid(SearchRequest request, Set<UUID> kbs, Set<UUID> hidden, int limit) {
        int candidates = Math.max(limit * 4, 40);
        List<Hit> lexical = fullText(request, kbs, hidden, candidates);
        List<Hit> semantic = vector(request, kbs, hidden, candidates);
        Map<UUID, Hit> byId = new LinkedHashMap<>();
        for (Hit hit : lexical) {
            byId.put(hit.chunk().id(), hit); // the full-text hit (with highlights) wins
        }
        for (Hit hit : semantic) {
            byId.putIfAbsent(hit.chunk().id(), hit);
        }
        return fuse(scores(lexical), scores(semantic), LEXICAL_WEIGHT).entrySet().stream()
                .sorted(Map.Entry.<UUID, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(limit)
                .map(e -> {
                    Hit hit = byId.get(e.getKey());
                    return new Hit(hit.chunk(), e.getValue(), hit.highlights());
                })
                .toList();
    }

    private static Map<UUID, Double> scores(List<Hit> ranking) {
        Map<UUID, Double> scores = new LinkedHashMap<>();
        ranking.forEach(hit -> scores.put(hit.chunk().id(), hit.score()));
        return scores;
    }

    /**
     * Convex combination of the two candidate lists: each list's scores are min-max normalised to 0..1 (BM25 and
     * cosine scores live on different scales), then {@code lexicalWeight × full-text + (1 − lexicalWeight) × vector};
     * a chunk missing from one list gets 0 there. Answers every candidate with its fused score, unordered.
     */
    static Map<UUID, Double> fuse(Map<UUID, Double> lexical, Map<UUID, Double> semantic, double lexicalWeight) {
        Map<UUID, Double> fused = new LinkedHashMap<>();
        normalised(lexical).forEach((id, score) -> fused.merge(id, lexicalWeight * score, Double::sum));
        normalised(semantic).forEach((id, score) -> fused.merge(id, (1 - lexicalWeight) * score, Double::sum));
        return fused;
    }

    private static Map<UUID, Double> normalised(Map<UUID, Double> scores) {
        DoubleSummaryStatistics range =
                scores.values().stream().mapToDouble(Double::doubleValue).summaryStatistics();
        double width = range.getMax() - range.getMin();
        Map<UUID, Double> normalised = new LinkedHashMap<>();
        scores.forEach((id, score) -> normalised.put(id, width == 0 ? 1.0 : (score - range.getMin()) / width));
        return normalised;
    }

    /** Permissions and the request's filters, as one predicate that runs inside the index query. */
    private static Function<SearchPredicateFactory, PredicateFinalStep> filter(
            SearchRequest request, Collection<UUID> kbs, Collection<UUID> hidden) {
        return f -> {
            BooleanPredicateClausesStep<?, ?> bool =
                    f.bool().must(f.terms().field("knowledgeBaseId").matchingAny(kbs));
            if (!hidden.isEmpty()) {
                bool.mustNot(f.terms().field("documentId").matchingAny(hidden));
            }
            if (request.documentId() != null) {
                bool.must(f.match().field("documentId").matching(request.documentId()));
            }
            if (request.tags() != null && !request.tags().isEmpty()) {
                bool.must(f.terms().field("tags").matchingAny(request.tags()));
            }
            if (request.metadata() != null) {
                request.metadata()
                        .forEach((key, value) -> bool.must(f.match()
                                .field(MetadataBinder.FIELD + "." + key)
                                .matching(value)));
            }
            return bool;
        };
    }

    private SearchSession session() {
        return Search.session(entityManager);
    }
}
