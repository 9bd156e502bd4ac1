package com.aigentforce.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

/**
 * Benchmark harness (not part of the product): CPU per full-text query on a real search index, for the query shapes
 * the search service could send — the Cranfield queries analysed like the index's English analysis, as a disjunction
 * of their terms, with and without the tenant/knowledge-base filters, and keeping only the rarest terms. Prints the
 * index's fields first. Arguments: index directory (…/index/kb-chunk-v2), top n (40), repetitions.
 */
public final class FullTextBench {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int top = Integer.parseInt(args[1]);
        int repetitions = Integer.parseInt(args[2]);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])));
                Analyzer analyzer = new EnglishAnalyzer()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            System.out.printf("docs=%d segments=%d%n", reader.numDocs(), reader.leaves().size());
            List<Term> filters = new ArrayList<>();
            for (FieldInfo field : reader.leaves().getFirst().reader().getFieldInfos()) {
                Terms terms = reader.leaves().getFirst().reader().terms(field.name);
                String first = null;
                if (terms != null && !field.name.equals("text")) {
                    TermsEnum e = terms.iterator();
                    first = e.next() == null ? null : e.term().utf8ToString();
                    if (field.name.contains("tenant") || field.name.equals("knowledgeBaseId")) {
                        filters.add(new Term(field.name, first));
                    }
                }
                System.out.printf(
                        "field %s index=%s vectors=%s termVectors=%s first=%s%n",
                        field.name,
                        field.getIndexOptions(),
                        field.getVectorDimension(),
                        field.hasVectors(),
                        first);
            }
            List<List<Term>> queries = new ArrayList<>();
            for (String text : Datasets.cranfieldQueries()) {
                queries.add(terms(analyzer, text));
            }
            System.out.printf(
                    "queries=%d mean_terms=%.1f%n",
                    queries.size(),
                    queries.stream().mapToInt(List::size).average().orElse(0));
            for (int repetition = 0; repetition < repetitions; repetition++) {
                run(searcher, "or_unfiltered", queries, q -> or(q), top);
                run(searcher, "or_filtered", queries, q -> filtered(or(q), filters), top);
                for (int keep : new int[] {8, 6, 4}) {
                    run(searcher, "rarest" + keep + "_filtered", queries, q -> filtered(or(rarest(reader, q, keep)), filters), top);
                }
            }
        }
    }

    private interface Shape {
        Query of(List<Term> terms) throws Exception;
    }

    private static void run(IndexSearcher searcher, String name, List<List<Term>> queries, Shape shape, int top)
            throws Exception {
        long cpu = 0;
        long hits = 0;
        long[] each = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            Query query = shape.of(queries.get(i));
            long started = CPU.getCurrentThreadCpuTime();
            var result = searcher.search(query, new TopScoreDocCollectorManager(top, top));
            each[i] = CPU.getCurrentThreadCpuTime() - started;
            cpu += each[i];
            hits += result.scoreDocs.length;
        }
        Arrays.sort(each);
        System.out.printf(
                "RESULT shape=%s mean_cpu_ms=%.2f p95_cpu_ms=%.2f hits=%d%n",
                name, cpu / 1e6 / queries.size(), each[(int) (each.length * 0.95)] / 1e6, hits);
    }

    private static Query or(List<Term> terms) {
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        terms.forEach(t -> or.add(new TermQuery(t), Occur.SHOULD));
        return or.build();
    }

    private static Query filtered(Query query, List<Term> filters) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder().add(query, Occur.MUST);
        filters.forEach(t -> bool.add(new TermQuery(t), Occur.FILTER));
        return bool.build();
    }

    private static List<Term> rarest(DirectoryReader reader, List<Term> terms, int keep) throws Exception {
        List<Term> sorted = new ArrayList<>(terms);
        List<Integer> df = new ArrayList<>();
        for (Term t : sorted) {
            df.add(reader.docFreq(t));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(df::get));
        return order.stream().limit(keep).map(sorted::get).toList();
    }

    private static List<Term> terms(Analyzer analyzer, String text) throws Exception {
        Set<Term> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(new Term("text", term.toString()));
            }
            stream.end();
        }
        return List.copyOf(terms);
    }
}
