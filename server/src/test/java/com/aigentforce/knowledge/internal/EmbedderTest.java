package com.aigentforce.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The embedding model as the product loads it (single-threaded session) gives the stock model's vectors. */
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
}
