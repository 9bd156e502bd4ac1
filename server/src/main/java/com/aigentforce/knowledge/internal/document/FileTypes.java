package com.aigentforce.knowledge.internal.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.springframework.stereotype.Component;

/**
 * Detects what an uploaded file really is, from its bytes and its name (never trusting the declared type), with the
 * detector text extraction uses; only the first bytes are read.
 */
@Component
class FileTypes {

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    /** The file's media type without parameters, e.g. {@code application/pdf}. */
    String detect(UploadedFile file) {
        try (InputStream in = file.open();
                TikaInputStream stream = TikaInputStream.get(in)) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.fileName());
            return detector.detect(stream, metadata).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses a file whose type cannot be turned into text (415, with the reason in a sentence). */
    void requireReadable(UploadedFile file) {
        String type = detect(file);
        if (!ReadableTypes.readable(type) && !ReadableTypes.ENCRYPTED_CONTAINERS.contains(type)) {
            throw new UnreadableFileType(type);
        }
    }
}
