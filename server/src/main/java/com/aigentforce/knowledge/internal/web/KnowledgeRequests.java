package com.aigentforce.knowledge.internal.web;

import com.aigentforce.knowledge.internal.base.Principals.Principal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;

final class KnowledgeRequests {

    private KnowledgeRequests() {}

    /** Readers and editors default to the whole organisation. */
    record KnowledgeBaseRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,
            @Size(max = 200) List<@Valid Principal> readers,
            @Size(max = 200) List<@Valid Principal> editors) {}

    /**
     * Search: {@code mode} hybrid (default), fulltext or vector; filters narrow what may match; {@code maxPerDocument}
     * caps the chunks of one document in the results (1: {@code limit} distinct documents, each with its best chunk);
     * {@code minRelevance} (0–1) replaces the mode's relevance floor.
     */
    record SearchRequest(
            @NotBlank @Size(max = 1000) String q,
            UUID knowledgeBaseId,

            @Pattern(regexp = "hybrid|fulltext|vector", message = "must be hybrid, fulltext or vector")
            String mode,

            @Min(1) @Max(100) Integer limit,
            @Size(max = 20) List<@NotBlank @Size(max = 64) String> tags,
            UUID documentId,
            @Size(max = 20) Map<@Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String, @Size(max = 256) String> metadata,
            @Min(1) @Max(100) Integer maxPerDocument,
            @DecimalMin("0") @DecimalMax("1") Double minRelevance) {}

    /** A change of a document's title and tags; an absent field stays as it is, tags replace the old ones. */
    record DocumentEditRequest(
            @Size(max = 500) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
            String title,

            @Size(max = 50) List<@NotBlank @Size(max = 64) String> tags) {}
}
