package com.aigentforce.knowledge.internal.ingestion;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import com.aigentforce.knowledge.internal.KnowledgeProperties;
import com.aigentforce.knowledge.internal.index.TextChunk;
import com.aigentforce.knowledge.internal.ingestion.StructureHandler.Block;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Cuts a document's blocks into chunks that follow its structure: a chunk never spans two sections (headings) or
 * two pages, paragraphs stay whole while they fit, and sizes are counted in tokens of the embedding model's own
 * tokenizer. A chunk that continues the previous one in the same section repeats its last few tokens (overlap); a
 * paragraph longer than a chunk is cut into overlapping token windows.
 */
@Component
public class Chunker implements DisposableBean {

    static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final int maxTokens;
    private final int overlapTokens;
    private volatile HuggingFaceTokenizer tokenizer;

    public Chunker(KnowledgeProperties properties) {
        this.maxTokens = properties.chunkTokens();
        this.overlapTokens = properties.chunkOverlapTokens();
    }

    public List<TextChunk> chunk(List<Block> blocks) {
        Builder builder = new Builder();
        for (Block block : blocks) {
            Encoding encoding = encode(block.text());
            if (block.heading()) {
                builder.flush();
                builder.start(block, block.text(), encoding, false);
                continue;
            }
            if (!builder.isEmpty() && !Objects.equals(builder.page, block.page())) {
                builder.flush();
            }
            int tokens = encoding.getIds().length;
            if (tokens > maxTokens) {
                builder.flush();
                builder.chunks.addAll(windows(block, encoding));
                continue;
            }
            if (builder.isEmpty()) {
                builder.start(block, block.text(), encoding, true);
            } else if (builder.tokens() + tokens > maxTokens) {
                int from = builder.tailStart(overlapTokens);
                // a tail that starts at a word is tokenized exactly as those last tokens; one that starts inside a
                // word (a ##piece) would not be, so only then is it tokenized again
                if (builder.startsWord(from)) {
                    builder.flushKeepingTail(block, from);
                } else {
                    String tail = builder.text.substring(from);
                    builder.flush();
                    builder.start(block, tail, encode(tail), false);
                }
                builder.add(block.text(), encoding);
            } else {
                builder.add(block.text(), encoding);
            }
        }
        builder.flush();
        return builder.chunks;
    }

    int count(String text) {
        return encode(text).getIds().length;
    }

    private Encoding encode(String text) {
        return tokenizer().encode(text, false, false);
    }

    /** Loaded on first use (it unpacks a native library), so start-up does not wait for it. */
    private HuggingFaceTokenizer tokenizer() {
        HuggingFaceTokenizer loaded = tokenizer;
        if (loaded == null) {
            synchronized (this) {
                loaded = tokenizer;
                if (loaded == null) {
                    try (InputStream json = Objects.requireNonNull(
                            getClass().getResourceAsStream(TOKENIZER), "the embedding model's tokenizer is missing")) {
                        loaded = HuggingFaceTokenizer.newInstance(
                                json, Map.of("padding", "false", "truncation", "false", "addSpecialTokens", "false"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    tokenizer = loaded;
                }
            }
        }
        return loaded;
    }

    private List<TextChunk> windows(Block block, Encoding encoding) {
        List<TextChunk> windows = new ArrayList<>();
        CharSpan[] spans = encoding.getCharTokenSpans();
        int step = Math.max(1, maxTokens - overlapTokens);
        for (int start = 0; start < spans.length; start += step) {
            int end = Math.min(start + maxTokens, spans.length);
            String text = block.text().substring(spans[start].getStart(), spans[end - 1].getEnd());
            windows.add(new TextChunk(text, block.headingPath(), block.page(), end - start));
            if (end == spans.length) {
                break;
            }
        }
        return windows;
    }

    @Override
    public void destroy() {
        if (tokenizer != null) {
            tokenizer.close();
        }
    }

    /**
     * The chunk being built, with where each of its tokens starts in its text (and whether it starts a word), kept
     * from the paragraphs' own tokenization: the text is the paragraphs joined by line breaks, and the tokenizer
     * splits at whitespace, so its tokens are exactly theirs and the overlap tail needs no second tokenization.
     */
    private static final class Builder {
        final List<TextChunk> chunks = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        List<String> headingPath = List.of();
        Integer page;
        boolean hasBody;
        int[] starts = new int[64];
        boolean[] wordStarts = new boolean[64];
        int size;

        boolean isEmpty() {
            return text.isEmpty();
        }

        int tokens() {
            return size;
        }

        void start(Block block, String first, Encoding encoding, boolean body) {
            headingPath = block.headingPath();
            page = block.page();
            text.setLength(0);
            size = 0;
            text.append(first);
            append(encoding, 0);
            hasBody = body;
        }

        /** Ends this chunk and starts the next with its end (from character {@code from} on, a word start). */
        void flushKeepingTail(Block block, int from) {
            int first = firstTokenAt(from);
            String tail = text.substring(from);
            if (hasBody) {
                chunks.add(new TextChunk(text.toString(), headingPath, page, size));
            }
            int count = size - first;
            System.arraycopy(starts, first, starts, 0, count);
            System.arraycopy(wordStarts, first, wordStarts, 0, count);
            for (int i = 0; i < count; i++) {
                starts[i] -= from;
            }
            size = count;
            headingPath = block.headingPath();
            page = block.page();
            text.setLength(0);
            text.append(tail);
            hasBody = false;
        }

        void add(String paragraph, Encoding encoding) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            int offset = text.length();
            text.append(paragraph);
            append(encoding, offset);
            hasBody = true;
        }

        /** Where the last {@code tokens} tokens start (0 if there are not more than that; the end if none). */
        int tailStart(int tokens) {
            if (tokens == 0) {
                return text.length();
            }
            return size <= tokens ? 0 : starts[size - tokens];
        }

        boolean startsWord(int from) {
            if (from == 0 || from == text.length()) {
                return true;
            }
            return wordStarts[firstTokenAt(from)];
        }

        private int firstTokenAt(int from) {
            if (from >= text.length()) {
                return size;
            }
            int i = 0;
            while (i < size && starts[i] < from) {
                i++;
            }
            return i;
        }

        private void append(Encoding encoding, int offset) {
            CharSpan[] spans = encoding.getCharTokenSpans();
            String[] pieces = encoding.getTokens();
            ensure(size + spans.length);
            for (int i = 0; i < spans.length; i++) {
                starts[size] = offset + spans[i].getStart();
                wordStarts[size] = !pieces[i].startsWith("##");
                size++;
            }
        }

        private void ensure(int capacity) {
            if (starts.length < capacity) {
                int grown = Math.max(capacity, starts.length * 2);
                starts = Arrays.copyOf(starts, grown);
                wordStarts = Arrays.copyOf(wordStarts, grown);
            }
        }

        void flush() {
            if (hasBody && !text.isEmpty()) {
                chunks.add(new TextChunk(text.toString(), headingPath, page, size));
            }
            text.setLength(0);
            size = 0;
            hasBody = false;
        }
    }
}
