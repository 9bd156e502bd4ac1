package com.aigentforce.knowledge.internal.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The embedding model as the product loads it (single-threaded session) gives the stock model's vectors, and they are
 * unit vectors — the index compares them by dot product, which is their cosine only then.
 */
class EmbedderTest {

    @Test
    void theSingleThreadedSessionEmbedsExactlyLikeLangChain4jsStockModel() {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            EmbeddingModel ours = Embedder.load(threads);
            EmbeddingModel stock = new AllMiniLmL6V2QuantizedEmbeddingModel(threads);
            List<TextSegment> texts = List.of(
                    TextSegment.from("Operations manual > Night shift\nWho signs the checks off."),
                    TextSegment.from("Boundary layer transition on a flat plate at supersonic speeds."),
                    TextSegment.from("word ".repeat(300)));
            List<Embedding> expected = stock.embedAll(texts).content();
            List<Embedding> actual = ours.embedAll(texts).content();
            assertThat(ours.dimension()).isEqualTo(EmbeddingModelSpec.BUILTIN_DIMENSIONS);
            for (int i = 0; i < texts.size(); i++) {
                assertThat(actual.get(i).vector())
                        .containsExactly(expected.get(i).vector());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void embeddingsAreUnitVectorsSoTheirDotProductIsTheirCosine() {
        ExecutorService threads = Executors.newFixedThreadPool(1);
        try {
            EmbeddingModel model = Embedder.load(threads);
            for (String text : List.of("Night shift checks.", "x", "word ".repeat(300), "Ünïcödé — 数字 123")) {
                float[] vector = model.embed(text).content().vector();
                double squared = 0;
                for (float v : vector) {
                    squared += v * v;
                }
                assertThat(Math.sqrt(squared)).as(text).isCloseTo(1.0, within(1e-4));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void providerVectorsAreScaledToUnitLengthAndUnitVectorsKeptAsTheyAre() {
        assertThat(EmbeddingModels.unitLength(new float[] {3, 4})).containsExactly(0.6f, 0.8f);
        float[] unit = {0.6f, 0.8f};
        assertThat(EmbeddingModels.unitLength(unit)).isSameAs(unit);
        assertThat(EmbeddingModels.unitLength(new float[] {0, 0})).containsExactly(0f, 0f);
    }
}
