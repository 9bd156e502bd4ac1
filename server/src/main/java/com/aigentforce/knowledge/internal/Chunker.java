package com.aigentforce.knowledge.internal;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import com.aigentforce.knowledge.internal.StructureHandler.Block;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
class Chunker implements DisposableBean {

    static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final int maxTokens;
    private final int overlapTokens;
    private volatile HuggingFaceTokenizer tokenizer;

    Chunker(KnowledgeProperties properties) {
        this.maxTokens = properties.chunkTokens();
        this.overlapTokens = properties.chunkOverlapTokens();
    }

    List<TextChunk> chunk(List<Block> blocks) {
        Builder builder = new Builder();
        for (Block block : blocks) {
            if (block.heading()) {
                builder.flush();
                builder.start(block, block.text(), count(block.text()), false);
                continue;
            }
            if (!builder.isEmpty() && !Objects.equals(builder.page, block.page())) {
                builder.flush();
            }
            int tokens = count(block.text());
            if (tokens > maxTokens) {
                builder.flush();
                builder.chunks.addAll(windows(block));
                continue;
            }
            if (builder.isEmpty()) {
                builder.start(block, block.text(), tokens, true);
            } else if (builder.tokens + tokens > maxTokens) {
                String tail = tail(builder.text(), overlapTokens);
                builder.flush();
                builder.start(block, tail, count(tail), false);
                builder.add(block.text(), tokens);
            } else {
                builder.add(block.text(), tokens);
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

    private List<TextChunk> windows(Block block) {
        List<TextChunk> windows = new ArrayList<>();
        CharSpan[] spans = encode(block.text()).getCharTokenSpans();
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

    private String tail(String text, int tokens) {
        if (tokens == 0) {
            return "";
        }
        CharSpan[] spans = encode(text).getCharTokenSpans();
        if (spans.length <= tokens) {
            return text;
        }
        return text.substring(spans[spans.length - tokens].getStart());
    }

    @Override
    public void destroy() {
        if (tokenizer != null) {
            tokenizer.close();
        }
    }

    private static final class Builder {
        final List<TextChunk> chunks = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        List<String> headingPath = List.of();
        Integer page;
        int tokens;
        boolean hasBody;

        boolean isEmpty() {
            return text.isEmpty();
        }

        String text() {
            return text.toString();
        }

        void start(Block block, String first, int firstTokens, boolean body) {
            headingPath = block.headingPath();
            page = block.page();
            text.setLength(0);
            text.append(first);
            tokens = firstTokens;
            hasBody = body;
        }

        void add(String paragraph, int paragraphTokens) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(paragraph);
            tokens += paragraphTokens;
            hasBody = true;
        }

        void flush() {
            if (hasBody && !text.isEmpty()) {
                chunks.add(new TextChunk(text.toString(), headingPath, page, tokens));
            }
            text.setLength(0);
            tokens = 0;
            hasBody = false;
        }
    }
}
