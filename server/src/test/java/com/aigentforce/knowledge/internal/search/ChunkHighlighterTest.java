package com.aigentforce.knowledge.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChunkHighlighterTest {

    private final ChunkHighlighter highlighter = new ChunkHighlighter();

    @Test
    void marksStemmedMatchesInTheBestSentencesAndEscapesTheTextsMarkup() {
        ChunkExcerpt hit = excerpt("The <b>cascades</b> stalled. Nothing here matters. Turbine blades & cascade flow."
                + " Another sentence without it. The last cascade.");
        List<String> fragments =
                highlighter.highlight("cascade turbines", List.of(hit)).get(hit.id());
        assertThat(fragments)
                .hasSize(ChunkHighlighter.FRAGMENTS)
                .containsExactly(
                        "The &lt;b&gt;<em>cascades</em>&lt;&#x2F;b&gt; stalled.",
                        "<em>Turbine</em> blades &amp; <em>cascade</em> flow.",
                        "The last <em>cascade</em>.");
    }

    @Test
    void aTextWithoutAMatchHasNoHighlights() {
        ChunkExcerpt match = excerpt("Boundary layer transition on a flat plate.");
        ChunkExcerpt other = excerpt("Heat transfer in hypersonic flow.");
        Map<UUID, List<String>> highlights = highlighter.highlight("boundary layer", List.of(match, other));
        assertThat(highlights).containsOnlyKeys(match.id());
        assertThat(highlights.get(match.id()))
                .containsExactly("<em>Boundary</em> <em>layer</em> transition on a flat plate.");
    }

    @Test
    void aPhraseMarksOnlyItsOccurrencesAsAPhrase() {
        ChunkExcerpt hit = excerpt("A shock wave formed. The wave reflected from the shock tube.");
        assertThat(highlighter.highlight("\"shock wave\"", List.of(hit)).get(hit.id()))
                .containsExactly("A <em>shock</em> <em>wave</em> formed.");
    }

    private static ChunkExcerpt excerpt(String text) {
        return new ChunkExcerpt(UUID.randomUUID(), null, null, null, "t", text, List.of(), null);
    }
}
