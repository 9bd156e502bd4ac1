package com.aigentforce.bench;

import com.aigentforce.knowledge.internal.KnowledgeProperties;
import com.aigentforce.knowledge.internal.embedding.Embedder;
import com.aigentforce.knowledge.internal.embedding.EmbeddingText;
import com.aigentforce.knowledge.internal.index.TextChunk;
import com.aigentforce.knowledge.internal.ingestion.TextExtractor;
import com.aigentforce.knowledge.internal.ingestion.Chunker;

import dev.langchain4j.data.segment.TextSegment;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Benchmark harness (not part of the product): the raw throughput of the embedding model on exactly the chunk texts
 * the ingestion pipeline embeds. Extracts and chunks the given files with the product's own TextExtractor and
 * Chunker (same defaults), then times only the embedding model's embedAll (all-MiniLM-L6-v2-q as the product's Embedder loads it), batched per document the
 * way the pipeline's Embedder batches (batch size, thread pool size, one caller per ingestion worker, each taking
 * whole documents). Uses the knowledge module's internal types
 * (public within the module); compiled and run against the built jar's classes by bench/knowledge/throughput.sh.
 *
 * <p>Arguments: directory of files, batch size, embedding threads, chunk tokens, overlap tokens, workers.
 */
public final class RawEmbeddingBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int batchSize = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        int workers = Integer.parseInt(args[5]);
        KnowledgeProperties properties = new KnowledgeProperties(
                null, 0, 0, Integer.parseInt(args[3]), Integer.parseInt(args[4]), batchSize, threads, 0, null, null, null);
        TextExtractor extractor = new TextExtractor();
        Chunker chunker = new Chunker(properties);
        List<List<String>> documents = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.sorted().toList();
        }
        long tokens = 0;
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                var extraction = extractor.extract(
                        in, file.getFileName().toString(), properties.maxExtractedChars(), properties.maxPages());
                List<String> texts = new ArrayList<>();
                for (TextChunk chunk : chunker.chunk(extraction.blocks())) {
                    texts.add(EmbeddingText.of(chunk.headingPath(), chunk.text()));
                    tokens += chunk.tokenCount();
                }
                documents.add(texts);
            }
        }
        chunker.destroy();
        int chunks = documents.stream().mapToInt(List::size).sum();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        // the product's own model set-up (Embedder.load), so both sides run the identical ONNX session configuration
        var model = Embedder.load(pool);
        // warm-up: the first calls load the model and let the JIT and ONNX runtime settle
        List<TextSegment> warm = documents.getFirst().stream().limit(batchSize).map(TextSegment::from).toList();
        for (int i = 0; i < 5; i++) {
            model.embedAll(warm);
        }
        // as many callers as the pipeline has ingestion workers, each taking the next whole document
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        List<Thread> callers = new ArrayList<>();
        for (int c = 0; c < workers; c++) {
            callers.add(Thread.ofPlatform().start(() -> {
                for (int d = next.getAndIncrement(); d < documents.size(); d = next.getAndIncrement()) {
                    List<String> texts = documents.get(d);
                    for (int from = 0; from < texts.size(); from += batchSize) {
                        model.embedAll(texts.subList(from, Math.min(from + batchSize, texts.size())).stream()
                                .map(TextSegment::from)
                                .toList());
                    }
                }
            }));
        }
        for (Thread caller : callers) {
            caller.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdownNow();
        System.out.printf(
                "RESULT files=%d chunks=%d tokens=%d callers=%d embed_seconds=%.1f chunks_per_sec=%.1f%n",
                files.size(), chunks, tokens, workers, seconds, chunks / seconds);
    }
}
