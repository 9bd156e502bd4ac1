package com.aigentforce.knowledge;

import java.io.InputStream;

/**
 * Plain text from a file, read the way ingestion reads uploads (type detected from the bytes, the same supported
 * formats, the same refusals): for modules that analyse a file without storing it.
 */
public interface FileText {

    /**
     * The file's text, paragraphs separated by blank lines.
     *
     * @throws FileTextUnavailable when the file has no readable text or more than {@code maxChars} characters
     */
    String extract(InputStream content, String fileName, long maxChars);
}
