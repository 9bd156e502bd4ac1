package com.aigentforce.knowledge.internal.ingestion;

import com.aigentforce.knowledge.internal.document.FailureCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Tika's XHTML as it streams by and keeps the document's structure: headings (h1–h6, and {@code #} lines of
 * Markdown) build the heading path, paragraphs, list items and table rows become blocks, and Tika's page divs
 * (PDF pages, slides, sheets) number the pages. Stops with {@link LimitReached} past the character or page limit.
 */
public final class StructureHandler extends DefaultHandler {

    /** A paragraph-like unit of text with where it sits in the document. */
    public record Block(String text, List<String> headingPath, Integer page, boolean heading) {}

    /** The text or page limit was passed; carries the reason shown to people. */
    static final class LimitReached extends SAXException {
        private final FailureCode code;

        LimitReached(FailureCode code, String reason) {
            super(reason);
            this.code = code;
        }

        FailureCode code() {
            return code;
        }
    }

    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "title");
    private static final Set<String> BLOCKS =
            Set.of("p", "li", "tr", "pre", "blockquote", "dt", "dd", "table", "ul", "ol", "div", "section", "article");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    // compiled once: String.split and replaceAll would compile these again for every line and paragraph
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private record Heading(int level, String text) {}

    private final long maxChars;
    private final int maxPages;
    private final boolean markdown;
    private final List<Block> blocks = new ArrayList<>();
    private final Deque<Heading> headings = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private long chars;
    private int page;
    private int skipDepth;
    private boolean cellSeen;

    StructureHandler(long maxChars, int maxPages, boolean markdown) {
        this.maxChars = maxChars;
        this.maxPages = maxPages;
        this.markdown = markdown;
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    int pages() {
        return page;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) {
            skipDepth++;
            return;
        }
        if (skipDepth > 0) {
            return;
        }
        if (name.equals("div") && isPageDiv(atts.getValue("class"))) {
            flush();
            page++;
            if (page > maxPages) {
                throw new LimitReached(
                        FailureCode.TOO_MANY_PAGES,
                        "This file has more than " + maxPages + " pages, the most one may have");
            }
        } else if (headingLevel(name) > 0 || BLOCKS.contains(name)) {
            flush();
            cellSeen = false;
        } else if (name.equals("td") || name.equals("th")) {
            if (cellSeen) {
                text.append(" | ");
            }
            cellSeen = true;
        } else if (name.equals("br")) {
            text.append('\n');
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) {
            skipDepth = Math.max(0, skipDepth - 1);
            return;
        }
        if (skipDepth > 0) {
            return;
        }
        int level = headingLevel(name);
        if (level > 0) {
            heading(level, collapse(text.toString()));
            text.setLength(0);
        } else if (BLOCKS.contains(name)) {
            flush();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth > 0) {
            return;
        }
        chars += length;
        if (chars > maxChars) {
            throw new LimitReached(
                    FailureCode.TOO_MUCH_TEXT,
                    "This file holds more than " + maxChars + " characters of text, the most one may have");
        }
        text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (skipDepth == 0) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endDocument() {
        flush();
    }

    private void flush() {
        String raw = text.toString();
        text.setLength(0);
        if (raw.isBlank()) {
            return;
        }
        if (markdown) {
            flushMarkdown(raw);
            return;
        }
        for (String paragraph : BLANK_LINE.split(raw)) {
            paragraph(paragraph);
        }
    }

    private void flushMarkdown(String raw) {
        StringBuilder paragraph = new StringBuilder();
        for (String line : LINE_BREAK.split(raw)) {
            Matcher heading = MARKDOWN_HEADING.matcher(line);
            if (heading.matches()) {
                paragraph(paragraph.toString());
                paragraph.setLength(0);
                heading(heading.group(1).length(), collapse(heading.group(2)));
            } else if (line.isBlank()) {
                paragraph(paragraph.toString());
                paragraph.setLength(0);
            } else {
                paragraph.append(line).append('\n');
            }
        }
        paragraph(paragraph.toString());
    }

    private void paragraph(String raw) {
        String clean = collapse(raw);
        if (!clean.isEmpty()) {
            blocks.add(new Block(clean, path(), currentPage(), false));
        }
    }

    private void heading(int level, String title) {
        if (title.isEmpty()) {
            return;
        }
        while (!headings.isEmpty() && headings.peekLast().level() >= level) {
            headings.removeLast();
        }
        headings.addLast(new Heading(level, title));
        blocks.add(new Block(title, path(), currentPage(), true));
    }

    private List<String> path() {
        return headings.stream().map(Heading::text).toList();
    }

    private Integer currentPage() {
        return page == 0 ? null : page;
    }

    private static boolean isPageDiv(String cssClass) {
        return cssClass != null && (cssClass.equals("page") || cssClass.equals("slide-content"));
    }

    private static int headingLevel(String name) {
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
            return name.charAt(1) - '0';
        }
        return 0;
    }

    private static String name(String localName, String qName) {
        return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    }

    private static String collapse(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }
}
