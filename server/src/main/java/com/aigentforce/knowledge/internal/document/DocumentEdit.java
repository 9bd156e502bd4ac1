package com.aigentforce.knowledge.internal.document;

import java.util.List;

/** A change of a document's title and tags; each null leaves it unchanged. */
public record DocumentEdit(String title, List<String> tags) {

    public DocumentEdit {
        tags = tags == null ? null : List.copyOf(tags);
    }
}
