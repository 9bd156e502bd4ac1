package com.aigentforce.knowledge.internal.document;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.InputStreamSource;

/**
 * A file handed to the knowledge base: the name and type its sender declared, its size and where to read it from (an
 * HTTP upload's part, a file a job or a test has at hand).
 */
public record UploadedFile(String originalName, String declaredType, long size, InputStreamSource content) {

    /** The file's own name without any directories; {@code document} when it has none. */
    public String fileName() {
        if (originalName == null || originalName.isBlank()) {
            return "document";
        }
        String base = originalName.replace('\\', '/');
        return base.substring(base.lastIndexOf('/') + 1);
    }

    InputStream open() throws IOException {
        return content.getInputStream();
    }
}
