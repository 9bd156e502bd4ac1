package com.aigentforce.knowledge.internal.search;

import com.aigentforce.knowledge.internal.base.ReadAccess;
import com.aigentforce.knowledge.internal.index.Chunk;
import com.aigentforce.knowledge.internal.index.MetadataBinder;
import com.aigentforce.knowledge.internal.search.SearchResults.Match;
import com.aigentforce.platform.security.Caller;
import com.aigentforce.platform.security.CurrentCaller;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text (BM25, English analysis, highlights), vector (HNSW k-nearest neighbours on the chunk embeddings) and
 * hybrid (a weighted sum of both lists' min-max normalised scores) search over the current versions' chunks. What
 * the caller may read is computed from PostgreSQL for this query and applied as a filter inside the index query —
 * for k-NN inside the k-NN predicate itself — so ranking and top-k only ever see readable chunks.
 *
 * <p>The index queries project chunk ids and scores only. After fusion and the per-document cap, just the final
 * top-k are read from PostgreSQL (as {@link ChunkExcerpt}: without the embedding column) and highlighted there
 * ({@link ChunkHighlighter}).
 *
 * <p>Every hit carries an absolute relevance ({@link Relevance}); of the final top-k, those below the mode's floor
 * ({@link RelevanceFloors}, or the request's {@code minRelevance}) are dropped and counted, the rest keep their order.
 */
@Service
public class SearchService {

    private static final Logger LOGGER = LoggerFactory.getLogger(SearchService.class);

    /** Hybrid takes this many candidates per requested result from each list (at least {@link #MIN_CANDIDATES}). */
    static final int CANDIDATES_PER_RESULT = 4;

    static final int MIN_CANDIDATES = 40;

    /**
     * With {@code maxPerDocument}, the candidate lists double from {@code max(4 × limit, 40)} up to this depth while
     * fewer than {@code limit} results survive the cap and a list may hold more.
     */
    static final int MAX_CANDIDATES = 1000;

    /**
     * A long query's rarest terms ({@link EssentialTerms}) supply twice the candidates asked for and at least
     * {@link #ESSENTIAL_MIN_CANDIDATES}; only for lists up to {@link #ESSENTIAL_MAX_DEPTH} deep — deeper ones run the
     * whole query. Measured on Cranfield: 2 × 10 candidates lost BM25 nDCG@10 at limit 10 (0.4202 → 0.4009), and
     * 2 × 100 lost recall@100 (0.7408 → 0.7089).
     */
    static final int ESSENTIAL_OVERFETCH = 2;

    static final int ESSENTIAL_MIN_CANDIDATES = 100;

    static final int ESSENTIAL_MAX_DEPTH = 50;

    private final EntityManager entityManager;
    private final ReadAccess access;
    private final VectorSearch vectorSearch;
    private final ChunkExcerpts chunks;
    private final EssentialTerms essentialTerms;
    private final ChunkHighlighter highlighter;
    private final RelevanceFloors floors;

    SearchService(
            EntityManager entityManager,
            ReadAccess access,
            VectorSearch vectorSearch,
            ChunkExcerpts chunks,
            EssentialTerms essentialTerms,
            ChunkHighlighter highlighter,
            RelevanceFloors floors) {
        this.entityManager = entityManager;
        this.access = access;
        this.vectorSearch = vectorSearch;
        this.chunks = chunks;
        this.essentialTerms = essentialTerms;
        this.highlighter = highlighter;
        this.floors = floors;
    }

    /** A search by the signed-in caller. */
    @Transactional(readOnly = true)
    public SearchResults search(SearchQuery request) {
        return search(CurrentCaller.get(), request, null);
    }

    /**
     * A search with what {@code caller} may read, in {@code knowledgeBaseIds} (null: all) and the request's
     * knowledge base if it names one.
     */
    @Transactional(readOnly = true)
    public SearchResults search(Caller caller, SearchQuery request, Set<UUID> knowledgeBaseIds) {
        long started = System.nanoTime();
        ReadAccess.Scope scope = access.of(caller);
        Set<UUID> knowledgeBases = new HashSet<>(scope.readable());
        if (request.knowledgeBaseId() != null) {
            knowledgeBases.retainAll(Set.of(request.knowledgeBaseId()));
        }
        if (knowledgeBaseIds != null) {
            knowledgeBases.retainAll(knowledgeBaseIds);
        }
        String mode = request.effectiveMode();
        double floor = request.minRelevance() == null ? floors.of(mode) : request.minRelevance();
        List<Scored> top;
        try {
            top = knowledgeBases.isEmpty()
                    ? List.of()
                    : hits(request, mode, knowledgeBases, filter(request, knowledgeBases, scope.hiddenDocuments()));
        } catch (SearchException e) {
            if (!SearchUnavailable.causedByIndexIo(e)) {
                throw e;
            }
            LOGGER.warn("Search(mode={}) failed: the index cannot be reached: {}", mode, e.getMessage());
            throw new SearchUnavailable();
        }
        // a hit whose signal is unknown (full-text on Elasticsearch/OpenSearch) is kept: nothing says it is weak
        List<Scored> relevant = top.stream()
                .filter(hit -> hit.relevance(mode) == null || hit.relevance(mode) >= floor)
                .toList();
        List<Match> items = items(relevant, mode, mode.equals("vector") ? null : request.q());
        return new SearchResults(
                items, mode, (System.nanoTime() - started) / 1_000_000, floor, top.size() - relevant.size());
    }

    /** The best {@code limit} hits of the request, before the relevance floor. */
    private List<Scored> hits(
            SearchQuery request,
            String mode,
            Set<UUID> knowledgeBases,
            Function<SearchPredicateFactory, PredicateFinalStep> filter) {
        int limit = request.effectiveLimit();
        Integer perDocument = request.maxPerDocument();
        int initialDepth = mode.equals("hybrid") || perDocument != null
                ? Math.min(MAX_CANDIDATES, Math.max(limit * CANDIDATES_PER_RESULT, MIN_CANDIDATES))
                : limit;
        // rarest terms only where a list that deep may use them (fullText checks again when lists deepen)
        Optional<Query> essential = mode.equals("vector") || initialDepth > ESSENTIAL_MAX_DEPTH
                ? Optional.empty()
                : essentialTerms.of(request.q(), essentialCandidates(initialDepth));
        List<VectorSearch.VectorQuery> query =
                mode.equals("fulltext") ? null : vectorSearch.embed(request.q(), knowledgeBases);
        OptionalDouble attainable =
                mode.equals("vector") ? OptionalDouble.empty() : essentialTerms.attainableBm25(request.q());
        IntFunction<Candidates> candidates = switch (mode) {
            case "fulltext" -> depth -> fullText(request.q(), essential, filter, depth, attainable);
            case "vector" -> depth -> vector(query, filter, depth);
            default -> depth -> hybrid(request.q(), essential, query, filter, depth, attainable);
        };
        return topK(candidates, initialDepth, limit, perDocument);
    }

    /** The best {@code limit} candidates, at most {@code perDocument} of one document, deepening the lists if needed. */
    private List<Scored> topK(IntFunction<Candidates> source, int depth, int limit, Integer perDocument) {
        for (int current = depth; ; current = Math.min(current * 2, MAX_CANDIDATES)) {
            Candidates candidates = source.apply(current);
            if (perDocument == null) {
                return candidates.ranked().stream().limit(limit).toList();
            }
            List<Scored> capped = capPerDocument(candidates.ranked(), perDocument, limit);
            if (capped.size() >= limit || candidates.complete() || current >= MAX_CANDIDATES) {
                return capped;
            }
        }
    }

    private List<Scored> capPerDocument(List<Scored> ranked, int perDocument, int limit) {
        Map<UUID, UUID> documentOf = chunks.findOwners(ids(ranked)).stream()
                .collect(Collectors.toMap(ChunkOwner::chunkId, ChunkOwner::documentId));
        Map<UUID, Integer> taken = new HashMap<>();
        List<Scored> capped = new ArrayList<>(limit);
        for (Scored candidate : ranked) {
            UUID document = documentOf.get(candidate.id());
            if (document != null && taken.merge(document, 1, Integer::sum) <= perDocument) {
                capped.add(candidate);
                if (capped.size() == limit) {
                    break;
                }
            }
        }
        return capped;
    }

    private Candidates fullText(
            String q,
            Optional<Query> essential,
            Function<SearchPredicateFactory, PredicateFinalStep> filter,
            int depth,
            OptionalDouble attainable) {
        Candidates found = fullText(q, essential, filter, depth);
        if (attainable.isEmpty()) {
            return found;
        }
        return new Candidates(
                found.ranked().stream()
                        .map(hit -> hit.withLexical(Relevance.ofBm25(hit.score(), attainable.getAsDouble())))
                        .toList(),
                found.complete());
    }

    private Candidates fullText(
            String q,
            Optional<Query> essential,
            Function<SearchPredicateFactory, PredicateFinalStep> filter,
            int depth) {
        int wanted = essentialCandidates(depth);
        if (essential.isPresent() && depth <= ESSENTIAL_MAX_DEPTH) {
            // candidates from the rarest terms, scored by the whole query (EssentialTerms); too few candidates
            // means a small result set, which the whole query answers exactly
            List<UUID> candidates = session()
                    .search(Chunk.class)
                    .select(f -> f.id(UUID.class))
                    .where(f -> f.bool()
                            .must(f.extension(LuceneExtension.get()).fromLuceneQuery(essential.get()))
                            .filter(filter.apply(f)))
                    .fetchHits(wanted);
            if (candidates.size() == wanted) {
                List<Scored> rescored = session()
                        .search(Chunk.class)
                        .select(f ->
                                f.composite().from(f.id(UUID.class), f.score()).as(Scored::of))
                        .where(f -> f.bool()
                                .must(matching(f, q))
                                .filter(filter.apply(f))
                                .filter(f.id().matchingAny(candidates)))
                        .fetchHits(candidates.size());
                return new Candidates(rescored.stream().limit(depth).toList(), false);
            }
        }
        List<Scored> ranked = session()
                .search(Chunk.class)
                .select(f -> f.composite().from(f.id(UUID.class), f.score()).as(Scored::of))
                .where(f -> f.bool().must(matching(f, q)).filter(filter.apply(f)))
                .fetchHits(depth);
        return new Candidates(ranked, ranked.size() < depth);
    }

    private Candidates vector(
            List<VectorSearch.VectorQuery> queries,
            Function<SearchPredicateFactory, PredicateFinalStep> filter,
            int depth) {
        return vectorSearch.candidates(session(), queries, filter, depth);
    }

    private Candidates hybrid(
            String q,
            Optional<Query> essential,
            List<VectorSearch.VectorQuery> query,
            Function<SearchPredicateFactory, PredicateFinalStep> filter,
            int depth,
            OptionalDouble attainable) {
        Candidates lexical = fullText(q, essential, filter, depth, attainable);
        Candidates semantic = vector(query, filter, depth);
        return new Candidates(
                SearchFusion.ranked(lexical.ranked(), semantic.ranked()), lexical.complete() && semantic.complete());
    }

    /**
     * The response items in ranking order, highlighted for the full-text query {@code q} (none: null); a chunk gone
     * from PostgreSQL since the index query is left out.
     */
    private List<Match> items(List<Scored> top, String mode, String q) {
        if (top.isEmpty()) {
            return List.of();
        }
        Map<UUID, ChunkExcerpt> byId =
                chunks.findExcerpts(ids(top)).stream().collect(Collectors.toMap(ChunkExcerpt::id, Function.identity()));
        Map<UUID, List<String>> highlights = q == null ? Map.of() : highlighter.highlight(q, byId.values());
        return top.stream()
                .filter(s -> byId.containsKey(s.id()))
                .map(s -> {
                    ChunkExcerpt chunk = byId.get(s.id());
                    return new Match(
                            chunk.id(),
                            chunk.documentId(),
                            chunk.versionId(),
                            chunk.knowledgeBaseId(),
                            chunk.documentTitle(),
                            chunk.text(),
                            highlights.getOrDefault(chunk.id(), List.of()),
                            s.score(),
                            s.relevance(mode),
                            s.lexical(),
                            s.cosine(),
                            chunk.headingPath() == null ? List.of() : List.copyOf(chunk.headingPath()),
                            chunk.page());
                })
                .toList();
    }

    private static int essentialCandidates(int depth) {
        return Math.max(depth * ESSENTIAL_OVERFETCH, ESSENTIAL_MIN_CANDIDATES);
    }

    private static List<UUID> ids(List<Scored> ranking) {
        return ranking.stream().map(Scored::id).toList();
    }

    private static PredicateFinalStep matching(SearchPredicateFactory f, String q) {
        return f.simpleQueryString().field(Chunk.TEXT_FIELD).matching(q).defaultOperator(BooleanOperator.OR);
    }

    /** Permissions and the request's filters, as one predicate that runs inside the index query. */
    private static Function<SearchPredicateFactory, PredicateFinalStep> filter(
            SearchQuery request, Collection<UUID> kbs, Collection<UUID> hidden) {
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
