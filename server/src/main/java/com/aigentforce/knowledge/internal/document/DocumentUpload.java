package com.aigentforce.knowledge.internal.document;

import com.aigentforce.knowledge.internal.base.Principals.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An upload of a document or of a new version: the file and, each optional (null: unchanged, or the defaults of a new
 * document), its title, tags, metadata and the readers narrowing the knowledge base's.
 */
public record DocumentUpload(
        UploadedFile file, String title, List<String> tags, Map<String, String> metadata, List<Principal> readers) {

    public DocumentUpload {
        tags = tags == null ? null : new ArrayList<>(tags);
    }
}
