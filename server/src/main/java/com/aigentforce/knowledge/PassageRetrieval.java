package com.aigentforce.knowledge;

import java.util.List;

/**
 * Passages of the knowledge base for a question asked by a person, for components that answer from them (the
 * assistants): the same retrieval, per-document permissions and relevance floor as search, run with the asking
 * person's access. Passages are best first; none above the floor answers an empty list ("no relevant passages").
 */
public interface PassageRetrieval {

    List<RetrievedPassage> retrieve(RetrievalRequest request);
}
