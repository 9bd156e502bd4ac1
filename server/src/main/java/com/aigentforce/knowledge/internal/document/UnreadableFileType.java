package com.aigentforce.knowledge.internal.document;

import com.aigentforce.platform.DomainException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** An upload whose content (detected from its bytes and name, not its declared type) cannot be turned into text. */
public final class UnreadableFileType extends DomainException {

    UnreadableFileType(String detectedType) {
        super(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-file-type",
                sentence(detectedType),
                Map.of("failureCode", FailureCode.UNSUPPORTED_TYPE.value(), "detectedType", detectedType));
    }

    /** The sentence people read, for uploads refused and for versions whose extraction found an unreadable type. */
    public static String sentence(String detectedType) {
        return "This file type can't be read: " + ReadableTypes.label(detectedType);
    }
}
