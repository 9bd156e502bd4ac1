package com.aigentforce.knowledge.internal.search;

import com.aigentforce.knowledge.internal.index.Chunk;
import com.aigentforce.knowledge.internal.index.EnglishAnalysis;
import com.aigentforce.knowledge.internal.index.SearchBackendProperties;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * The few terms of a long full-text query that decide which chunks can rank at the top: its rarest ones. On the
 * Lucene backend a disjunction of many terms under a filter (the tenant, the readable knowledge bases) scores every
 * chunk holding any of them — Lucene prunes only unfiltered disjunctions — so an 11-term Cranfield query cost 4–8 ms
 * of CPU at 11k chunks and grew with the corpus, while its 6 rarest terms cost a fifth of that
 * ({@code bench/knowledge/java/.../FullTextBench.java}). Common terms add little BM25 weight (low IDF), so the
 * search takes candidates from the rare terms and then scores those candidates with the whole query: every score it
 * returns is the full query's.
 *
 * <p>Only plain queries qualify: one using the query syntax (phrases, +/-, |, *, ~, parentheses) runs as it is, and so
 * does every query on the Elasticsearch backend, which prunes on its own.
 *
 * <p>The same term statistics give a query's attainable BM25 score ({@link #attainableBm25}), which makes full-text
 * scores absolute ({@link Relevance}).
 */
@Component
class EssentialTerms {

    /** A query with more analysed terms than this takes its candidates from (at least) this many rarest ones. */
    static final int MAX_TERMS = 6;

    /** Simple-query-string syntax: quotes, operators at a term's start, |, *, ~ and parentheses. */
    private static final Pattern SYNTAX = Pattern.compile("[\"|*~()]|(^|\\s)[+-]");

    private final EntityManagerFactory entityManagerFactory;
    private final boolean lucene;
    /** The index's English analysis, so the terms looked up are the terms indexed. */
    private final Analyzer analyzer = EnglishAnalysis.standalone();

    EssentialTerms(EntityManagerFactory entityManagerFactory, SearchBackendProperties backend) {
        this.entityManagerFactory = entityManagerFactory;
        this.lucene = backend.backend() == SearchBackendProperties.Backend.LUCENE;
    }

    /**
     * The rarest terms as one disjunction — at least {@link #MAX_TERMS}, more while the chunks holding them (bounded by
     * the sum of their frequencies) are fewer than the {@code wanted} candidates — or empty when the query should run
     * whole. Terms no chunk holds are passed over: they neither find nor score anything.
     */
    Optional<Query> of(String q, int wanted) {
        if (!lucene || SYNTAX.matcher(q).find()) {
            return Optional.empty();
        }
        List<String> terms = analysed(q).stream().distinct().toList();
        if (terms.size() <= MAX_TERMS) {
            return Optional.empty();
        }
        List<Map.Entry<Term, Integer>> present = frequencies(terms).entrySet().stream()
                .filter(term -> term.getValue() > 0)
                .sorted(Map.Entry.comparingByValue())
                .toList();
        long reach = 0;
        int taken = 0;
        while (taken < present.size() && (taken < MAX_TERMS || reach < wanted)) {
            reach += present.get(taken).getValue();
            taken++;
        }
        if (taken == present.size()) {
            return Optional.empty(); // every term that finds anything: that is the whole query
        }
        BooleanQuery.Builder rarest = new BooleanQuery.Builder();
        present.subList(0, taken).forEach(term -> rarest.add(new TermQuery(term.getKey()), Occur.SHOULD));
        return Optional.of(rarest.build());
    }

    /**
     * The most BM25 score a chunk could get for {@code q}: the sum of its analysed terms' IDF as Lucene's
     * BM25Similarity computes it, {@code ln(1 + (N − df + 0.5) / (df + 0.5))} with N the chunks holding text (a term
     * given twice is scored twice, so it counts twice). Lucene's term score is that IDF times {@code tf / (tf + k1 ×
     * length norm)}, which stays below 1, so no chunk reaches it. Empty on Elasticsearch/OpenSearch, whose term
     * statistics this node cannot read.
     */
    OptionalDouble attainableBm25(String q) {
        if (!lucene) {
            return OptionalDouble.empty();
        }
        List<String> terms = analysed(q);
        if (terms.isEmpty()) {
            return OptionalDouble.of(0);
        }
        try (IndexReader reader = reader()) {
            long chunks = reader.getDocCount(Chunk.TEXT_FIELD);
            double sum = 0;
            Map<String, Integer> frequencies = new LinkedHashMap<>();
            for (String text : terms) {
                int df = frequencies.computeIfAbsent(text, t -> docFreq(reader, t));
                sum += Math.log(1 + (chunks - df + 0.5) / (df + 0.5));
            }
            return OptionalDouble.of(sum);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int docFreq(IndexReader reader, String text) {
        try {
            return reader.docFreq(new Term(Chunk.TEXT_FIELD, text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndexReader reader() {
        return Search.mapping(entityManagerFactory)
                .scope(Chunk.class)
                .extension(LuceneExtension.get())
                .openIndexReader();
    }

    /** How many chunks hold each term, in the query's order; each looked up once (a lookup seeks every segment). */
    private Map<Term, Integer> frequencies(List<String> terms) {
        Map<Term, Integer> frequencies = new LinkedHashMap<>();
        try (IndexReader reader = reader()) {
            for (String text : terms) {
                Term term = new Term(Chunk.TEXT_FIELD, text);
                frequencies.put(term, reader.docFreq(term));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return frequencies;
    }

    /** The query's terms as the index analyses them, in order, repeats kept. */
    private List<String> analysed(String q) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Chunk.TEXT_FIELD, q)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }
}
