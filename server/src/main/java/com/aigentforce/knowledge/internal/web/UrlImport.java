package com.aigentforce.knowledge.internal.web;

import com.aigentforce.knowledge.internal.base.Principals.Principal;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** An import from a URL: the same optional fields as an upload, the file fetched from {@code url}. */
record UrlImport(
        @Schema(description = "http or https address of the file", example = "https://example.com/handbook.pdf")
        @NotBlank
        @Size(max = 2048)
        String url,

        @Size(max = 500) String title,
        @Size(max = 50) List<@NotBlank @Size(max = 64) String> tags,
        @Size(max = 50) Map<@Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String, @Size(max = 256) String> metadata,
        @Size(max = 200) List<@Valid Principal> readers) {

    String cleanTitle() {
        return title == null || title.isBlank() ? null : title.strip();
    }

    List<String> cleanTags() {
        return tags == null ? null : tags.stream().map(String::strip).distinct().toList();
    }
}
