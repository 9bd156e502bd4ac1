package com.aigentforce.knowledge;

import com.aigentforce.platform.DomainException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A file gives no text to work with: unreadable (422, with the reason) or more text than allowed (413). */
public final class FileTextUnavailable extends DomainException {

    private FileTextUnavailable(HttpStatus status, String type, String detail, Map<String, Object> properties) {
        super(status, type, detail, properties);
    }

    public static FileTextUnavailable unreadable(String reason) {
        return new FileTextUnavailable(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "unreadable-file",
                "The file cannot be read as text: " + reason,
                Map.of("reason", reason));
    }

    public static FileTextUnavailable tooLong(long maxChars) {
        return new FileTextUnavailable(
                HttpStatus.CONTENT_TOO_LARGE,
                "text-too-long",
                "The file has more than " + maxChars + " characters of text",
                Map.of("limit", maxChars));
    }
}
