package com.aigentforce.knowledge.internal.ingestion;

import com.aigentforce.knowledge.internal.document.FailureCode;
import com.aigentforce.knowledge.internal.document.ReadableTypes;
import com.aigentforce.knowledge.internal.ingestion.StructureHandler.Block;
import com.aigentforce.knowledge.internal.ingestion.StructureHandler.LimitReached;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * Turns an uploaded file into structured text with Apache Tika: detects the real type (from the bytes and the
 * name, never trusting the declared type), refuses types outside the supported list, and keeps title, author,
 * language and page count. Failures carry a reason a person understands.
 */
@Component
public class TextExtractor {

    private static final Set<String> READ_AS_PLAIN_TEXT =
            Set.of("text/markdown", "text/x-web-markdown", "application/json");

    public record Extraction(List<Block> blocks, String content, Map<String, Object> metadata) {}

    private final AutoDetectParser parser = new AutoDetectParser();

    public Extraction extract(InputStream input, String fileName, long maxChars, int maxPages) throws ExtractionFailed {
        try (TikaInputStream stream = TikaInputStream.get(input)) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            MediaType detected = parser.getDetector().detect(stream, metadata);
            String type = detected.getBaseType().toString();
            if (stream.getLength() == 0) {
                throw ExtractionFailed.noText();
            }
            if (ReadableTypes.ENCRYPTED_CONTAINERS.contains(type)) {
                throw ExtractionFailed.encrypted(null);
            }
            if (!ReadableTypes.readable(type)) {
                throw ExtractionFailed.unreadable(type);
            }
            // the parser's own detection then takes this type instead of reading the bytes a second time
            metadata.set(
                    TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE,
                    READ_AS_PLAIN_TEXT.contains(type) ? MediaType.TEXT_PLAIN.toString() : detected.toString());
            boolean markdown = type.contains("markdown");
            StructureHandler handler = new StructureHandler(maxChars, maxPages, markdown);
            ParseContext context = new ParseContext();
            context.set(Parser.class, parser); // parse e-mail bodies and attachments too
            parser.parse(stream, handler, metadata, context);
            List<Block> blocks = handler.blocks();
            if (blocks.isEmpty()) {
                throw ExtractionFailed.noText();
            }
            int pages = pages(metadata, handler);
            if (pages > maxPages) {
                throw ExtractionFailed.tooManyPages(maxPages);
            }
            return new Extraction(blocks, content(blocks), describe(metadata, type, pages));
        } catch (ExtractionFailed e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw ExtractionFailed.encrypted(e);
        } catch (ZeroByteFileException e) {
            throw ExtractionFailed.noText();
        } catch (SAXException | TikaException | IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    private static ExtractionFailed failure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitReached limit) {
                return new ExtractionFailed(limit.code(), limit.getMessage(), e);
            }
            if (t instanceof EncryptedDocumentException) {
                return ExtractionFailed.encrypted(e);
            }
            if (t.getMessage() != null && t.getMessage().toLowerCase().contains("zip bomb")) {
                return new ExtractionFailed(
                        FailureCode.ZIP_BOMB, "This file unpacks to far more than it holds (a suspected zip bomb)", e);
            }
        }
        return new ExtractionFailed(
                FailureCode.CORRUPT, "This file is damaged, or is not the kind of file its name says", e);
    }

    private static int pages(Metadata metadata, StructureHandler handler) {
        for (String value : new String[] {
            metadata.get(PagedText.N_PAGES), metadata.get(Office.PAGE_COUNT), metadata.get(Office.SLIDE_COUNT)
        }) {
            if (value != null) {
                try {
                    return Integer.parseInt(value.strip());
                } catch (NumberFormatException ignored) {
                    // fall through to the counted pages
                }
            }
        }
        return handler.pages();
    }

    private static Map<String, Object> describe(Metadata metadata, String type, int pages) {
        Map<String, Object> found = new HashMap<>();
        found.put("contentType", type);
        put(found, "title", metadata.get(TikaCoreProperties.TITLE));
        put(found, "author", metadata.get(TikaCoreProperties.CREATOR));
        put(found, "language", metadata.get(TikaCoreProperties.LANGUAGE));
        if (pages > 0) {
            found.put("pages", pages);
        }
        return found;
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }

    private static String content(List<Block> blocks) {
        return blocks.stream().map(Block::text).collect(Collectors.joining("\n\n"));
    }
}
