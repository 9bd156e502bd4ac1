package com.aigentforce.bench;

import com.aigentforce.knowledge.internal.embedding.Embedder;

import dev.langchain4j.data.segment.TextSegment;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Benchmark harness (not part of the product): what the HNSW graph settings cost and give on the real corpus. Reads
 * the chunk vectors of an existing search index, then for each setting (similarity : efConstruction) builds a fresh
 * in-memory index the way ingestion does — one flush per document's worth of chunks, merges on the same thread — and
 * reports the CPU seconds of the build and, for the Cranfield queries embedded by the product's model, recall@10 of
 * the k-NN query (k = 40, as hybrid search asks, and k = 80) against the exact top 10, and the CPU per query.
 *
 * <p>With the setting {@code EXISTING} it measures the given index as it is instead — its own segments and graphs,
 * as search sees them: recall@10 and recall@40 of the k-NN query against the exact neighbours, for k = 40, 60, 80.
 *
 * <p>Arguments: index directory (…/index/kb-chunk), max vectors, chunks per flush, settings such as
 * {@code COSINE:512,COSINE:100,DOT_PRODUCT:100} or {@code EXISTING}. Compiled and run by bench/knowledge/graph.sh.
 */
public final class VectorGraphBench {

    private static final String FIELD = "embedding";
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        if (args[3].equals("EXISTING")) {
            existing(Path.of(args[0]), embedQueries());
            return;
        }
        List<float[]> vectors;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])))) {
            vectors = liveVectors(reader, Integer.parseInt(args[1])).values();
        }
        int perFlush = Integer.parseInt(args[2]);
        List<float[]> queries = embedQueries();
        System.out.printf("vectors=%d queries=%d per_flush=%d%n", vectors.size(), queries.size(), perFlush);
        for (String setting : args[3].split(",")) {
            String[] parts = setting.split(":");
            VectorSimilarityFunction similarity = VectorSimilarityFunction.valueOf(parts[0]);
            int efConstruction = Integer.parseInt(parts[1]);
            run(vectors, queries, perFlush, similarity, efConstruction);
        }
    }

    private static void run(
            List<float[]> vectors,
            List<float[]> queries,
            int perFlush,
            VectorSimilarityFunction similarity,
            int efConstruction)
            throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            KnnVectorsFormat format = new Lucene99HnswVectorsFormat(16, efConstruction);
            IndexWriterConfig config = new IndexWriterConfig()
                    .setCodec(new Lucene912Codec() {
                        @Override
                        public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                            return format;
                        }
                    })
                    .setMergeScheduler(new SerialMergeScheduler());
            long cpu = CPU.getCurrentThreadCpuTime();
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < vectors.size(); i++) {
                    Document document = new Document();
                    document.add(new KnnFloatVectorField(FIELD, vectors.get(i), similarity));
                    document.add(new NumericDocValuesField("ordinal", i));
                    writer.addDocument(document);
                    if ((i + 1) % perFlush == 0) {
                        writer.flush();
                    }
                }
                writer.commit();
            }
            double buildSeconds = (CPU.getCurrentThreadCpuTime() - cpu) / 1e9;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                StringBuilder line = new StringBuilder(String.format(
                        "RESULT similarity=%s ef_construction=%d segments=%d build_cpu_s=%.1f",
                        similarity, efConstruction, reader.leaves().size(), buildSeconds));
                for (int k : new int[] {40, 80}) {
                    double recall = 0;
                    long queryCpu = 0;
                    for (float[] query : queries) {
                        long started = CPU.getCurrentThreadCpuTime();
                        ScoreDoc[] hits = searcher.search(new KnnFloatVectorQuery(FIELD, query, k), 10).scoreDocs;
                        queryCpu += CPU.getCurrentThreadCpuTime() - started;
                        Set<Integer> found = new HashSet<>();
                        for (ScoreDoc hit : hits) {
                            found.add(ordinal(reader, hit.doc));
                        }
                        int[] exact = exactTop(vectors, query, similarity, 10);
                        recall += Arrays.stream(exact).filter(found::contains).count() / 10.0;
                    }
                    line.append(String.format(
                            " k%d_recall_at_10=%.4f k%d_query_cpu_ms=%.2f",
                            k, recall / queries.size(), k, queryCpu / 1e6 / queries.size()));
                }
                System.out.println(line);
            }
        }
    }

    /** Recall of the index's own k-NN search (all its segments, live documents) against exact search. */
    private static void existing(Path index, List<float[]> queries) throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            Vectors live = liveVectors(reader, Integer.MAX_VALUE);
            List<float[]> vectors = live.values();
            List<Integer> docs = live.docs();
            IndexSearcher searcher = new IndexSearcher(reader);
            StringBuilder line = new StringBuilder(String.format(
                    "RESULT existing_index segments=%d vectors=%d queries=%d",
                    reader.leaves().size(), vectors.size(), queries.size()));
            List<int[]> exactTops = new ArrayList<>();
            for (float[] query : queries) {
                exactTops.add(exactTop(vectors, query, VectorSimilarityFunction.DOT_PRODUCT, 40));
            }
            for (int k : new int[] {40, 60, 80}) {
                double recall10 = 0, recall40 = 0;
                for (int q = 0; q < queries.size(); q++) {
                    float[] query = queries.get(q);
                    ScoreDoc[] hits = searcher.search(new KnnFloatVectorQuery(FIELD, query, k), 40).scoreDocs;
                    Set<Integer> found = new HashSet<>(), first10 = new HashSet<>();
                    for (int i = 0; i < hits.length; i++) {
                        found.add(hits[i].doc);
                        if (i < 10) {
                            first10.add(hits[i].doc);
                        }
                    }
                    int[] exact = exactTops.get(q);
                    recall10 += Arrays.stream(exact).limit(10).filter(i -> first10.contains(docs.get(i))).count() / 10.0;
                    recall40 += Arrays.stream(exact).filter(i -> found.contains(docs.get(i))).count() / 40.0;
                }
                line.append(String.format(
                        " k%d_recall_at_10=%.4f k%d_recall_at_40=%.4f",
                        k, recall10 / queries.size(), k, recall40 / queries.size()));
            }
            System.out.println(line);
        }
    }

    private static int ordinal(DirectoryReader reader, int doc) throws Exception {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        NumericDocValues ordinals = leaf.reader().getNumericDocValues("ordinal");
        ordinals.advanceExact(doc - leaf.docBase);
        return (int) ordinals.longValue();
    }

    private static int[] exactTop(List<float[]> vectors, float[] query, VectorSimilarityFunction similarity, int k) {
        float[] scores = new float[vectors.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = similarity.compare(query, vectors.get(i));
        }
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Float.compare(scores[b], scores[a]));
        return Arrays.stream(order).limit(k).mapToInt(Integer::intValue).toArray();
    }

    /** Vectors of live documents, with the global doc id of each. */
    private record Vectors(List<float[]> values, List<Integer> docs) {}

    private static Vectors liveVectors(DirectoryReader reader, int max) throws Exception {
        Vectors vectors = new Vectors(new ArrayList<>(), new ArrayList<>());
        for (LeafReaderContext leaf : reader.leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(FIELD);
            Bits live = leaf.reader().getLiveDocs();
            if (values == null) {
                continue;
            }
            for (int doc = values.nextDoc();
                    doc != DocIdSetIterator.NO_MORE_DOCS && vectors.values().size() < max;
                    doc = values.nextDoc()) {
                if (live == null || live.get(doc)) {
                    vectors.values().add(values.vectorValue().clone());
                    vectors.docs().add(leaf.docBase + doc);
                }
            }
        }
        return vectors;
    }

    private static List<float[]> embedQueries() throws Exception {
        List<String> texts = Datasets.cranfieldQueries();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var model = Embedder.load(pool);
            List<float[]> queries = new ArrayList<>();
            for (var embedding :
                    model.embedAll(texts.stream().map(TextSegment::from).toList()).content()) {
                queries.add(embedding.vector());
            }
            return queries;
        } finally {
            pool.shutdownNow();
        }
    }
}
