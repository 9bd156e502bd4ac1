package com.aigentforce.knowledge.internal.search;

import com.aigentforce.knowledge.internal.index.Chunk;
import com.aigentforce.knowledge.internal.index.EnglishAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.springframework.stereotype.Component;

/**
 * Highlights the final hits of a search in their text as read from PostgreSQL, with Lucene's unified highlighter
 * and the index's own English analysis: up to {@link #FRAGMENTS} sentences per chunk, matches in {@code <em>}, the
 * text's own markup escaped (highlights are HTML).
 *
 * <p>Why not the search index's highlighter: that one runs another index query (the full-text query restricted to
 * the hits), loads each hit's stored text and builds an in-memory index of it per hit — a quarter of a hybrid search's
 * CPU at 100k chunks. Here the text is already at hand, and a query of plain terms is matched on the token stream
 * alone (phrases still get an in-memory index, for their positions). The same on every search backend.
 */
@Component
class ChunkHighlighter {

    /** Sentences per chunk at most, in text order. */
    static final int FRAGMENTS = 3;

    /** Longer texts are highlighted in their first this many characters only (a chunk is far shorter). */
    private static final int MAX_LENGTH = 100_000;

    private final Analyzer analyzer = EnglishAnalysis.standalone();

    private final UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
            .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
            .withFormatter(new Fragments())
            .withMaxLength(MAX_LENGTH)
            .withMaxNoHighlightPassages(0)
            // weight matches and relevancy-over-speed passage scoring analyse every text into an in-memory index
            // (measured: 40 % of the highlighting); plain terms need only its tokens
            .withWeightMatches(false)
            .withPassageRelevancyOverSpeed(false)
            .build();

    /** The highlights of each text that matches the query; texts without a match are left out. */
    Map<UUID, List<String>> highlight(String q, Collection<ChunkExcerpt> hits) {
        Query query = query(q);
        Map<UUID, List<String>> highlights = new HashMap<>();
        try {
            for (ChunkExcerpt hit : hits) {
                if (highlighter.highlightWithoutSearcher(Chunk.TEXT_FIELD, query, hit.text(), FRAGMENTS)
                                instanceof String[] fragments
                        && fragments.length > 0) {
                    highlights.put(hit.id(), List.of(fragments));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return highlights;
    }

    /** The query string as the index's full-text predicate reads it: simple query syntax, terms or-ed. */
    private Query query(String q) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Chunk.TEXT_FIELD);
        parser.setDefaultOperator(Occur.SHOULD);
        return parser.parse(q);
    }

    /** Each passage as its own HTML fragment (Lucene's default formatter joins them into one string). */
    private static final class Fragments extends PassageFormatter {

        private final DefaultPassageFormatter html = new DefaultPassageFormatter("<em>", "</em>", "", true);

        @Override
        public String[] format(Passage[] passages, String content) {
            return Arrays.stream(passages)
                    .map(passage ->
                            html.format(new Passage[] {passage}, content).strip())
                    .toArray(String[]::new);
        }
    }
}
