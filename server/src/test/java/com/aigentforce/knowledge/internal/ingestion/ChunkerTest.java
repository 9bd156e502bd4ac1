package com.aigentforce.knowledge.internal.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.knowledge.internal.KnowledgeProperties;
import com.aigentforce.knowledge.internal.index.TextChunk;
import com.aigentforce.knowledge.internal.ingestion.StructureHandler.Block;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The chunker follows sections and pages and counts in the embedding model's own tokens. */
class ChunkerTest {

    private static Chunker chunker;

    @BeforeAll
    static void load() {
        chunker = new Chunker(new KnowledgeProperties(
                DataSize.ofMegabytes(1), 1000, 10, 50, 10, 8, 1, 1, Duration.ofSeconds(1), null, null));
    }

    @AfterAll
    static void close() {
        chunker.destroy();
    }

    @Test
    void aChunkNeverSpansTwoSectionsOrTwoPages() {
        List<TextChunk> chunks = chunker.chunk(List.of(
                new Block("Intro", List.of("Intro"), 1, true),
                new Block("Short intro paragraph.", List.of("Intro"), 1, false),
                new Block("Still the intro, on the next page.", List.of("Intro"), 2, false),
                new Block("Usage", List.of("Usage"), 2, true),
                new Block("How to use it.", List.of("Usage"), 2, false)));
        assertThat(chunks)
                .extracting(TextChunk::headingPath)
                .containsExactly(List.of("Intro"), List.of("Intro"), List.of("Usage"));
        assertThat(chunks).extracting(TextChunk::page).containsExactly(1, 2, 2);
        assertThat(chunks.get(0).text()).isEqualTo("Intro\nShort intro paragraph.");
        assertThat(chunks.get(2).text()).isEqualTo("Usage\nHow to use it.");
    }

    @Test
    void paragraphsArePackedUpToTheTokenBudgetWithOverlap() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            blocks.add(new Block(
                    "Paragraph number " + i + " talks about the quarterly budget review.", List.of(), null, false));
        }
        List<TextChunk> chunks = chunker.chunk(blocks);
        assertThat(chunks).hasSizeGreaterThan(2);
        for (TextChunk chunk : chunks) {
            assertThat(chunker.count(chunk.text())).isLessThanOrEqualTo(50 + 10);
        }
        // every paragraph is in some chunk, and consecutive chunks overlap
        for (int i = 0; i < 12; i++) {
            String paragraph = "Paragraph number " + i + " ";
            assertThat(chunks).anyMatch(c -> c.text().contains(paragraph));
        }
        String endOfFirst = chunks.get(0).text().substring(chunks.get(0).text().length() - 10);
        assertThat(chunks.get(1).text()).contains(endOfFirst);
    }

    @Test
    void aParagraphLongerThanAChunkIsCutIntoOverlappingWindows() {
        String longParagraph = "word ".repeat(130).strip();
        List<TextChunk> chunks = chunker.chunk(List.of(new Block(longParagraph, List.of("Long"), 3, false)));
        assertThat(chunks).hasSize(3); // 130 tokens, windows of 50 stepping by 40
        assertThat(chunks).allMatch(c -> c.tokenCount() <= 50 && c.page() == 3);
        assertThat(chunks.get(0).tokenCount()).isEqualTo(50);
    }

    @Test
    void eachChunksTokenCountIsWhatTheTokenizerCountsInItsText() {
        // long rare words become several word pieces, so some overlap tails start inside a word
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block("Thermoelectric phenomena", List.of("Thermoelectric phenomena"), null, true));
        for (int i = 0; i < 40; i++) {
            blocks.add(new Block(
                    "Paragraph " + i + ": magnetohydrodynamic and thermoelectrically anisotropic"
                            + " counterexamples, \u00e9tude " + "x".repeat(i % 7) + "quasiperiodicity " + i + ".",
                    List.of("Thermoelectric phenomena"),
                    null,
                    false));
        }
        List<TextChunk> chunks = chunker.chunk(blocks);
        assertThat(chunks).hasSizeGreaterThan(5);
        for (TextChunk chunk : chunks) {
            assertThat(chunk.tokenCount()).as(chunk.text()).isEqualTo(chunker.count(chunk.text()));
        }
    }
}
