package com.aigentforce.knowledge.support;

import static org.awaitility.Awaitility.await;

import com.aigentforce.support.Api;
import com.aigentforce.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;

/** Knowledge bases, uploads and waiting for ingestion, through the real API. */
public final class KnowledgeFixtures {

    private final Api api;

    public KnowledgeFixtures(Api api) {
        this.api = api;
    }

    /** A knowledge base readable and editable by the whole organisation. */
    public String knowledgeBase(String token) {
        return knowledgeBase(token, Map.of("name", Fixtures.unique("KB")));
    }

    public String knowledgeBase(String token, Map<String, Object> request) {
        return api.post("/api/v1/knowledge-bases", request)
                .bearer(token)
                .send()
                .expect(201)
                .field("id");
    }

    public Api.Response upload(String token, String knowledgeBaseId, Multipart parts) {
        return api.post("/api/v1/knowledge-bases/" + knowledgeBaseId + "/documents", parts.bytes())
                .contentType(parts.contentType())
                .bearer(token)
                .send();
    }

    public Api.Response uploadVersion(String token, String documentId, Multipart parts) {
        return api.post("/api/v1/documents/" + documentId + "/versions", parts.bytes())
                .contentType(parts.contentType())
                .bearer(token)
                .send();
    }

    /** Uploads a text file and returns the document id (not waiting for ingestion). */
    public String uploadText(String token, String knowledgeBaseId, String fileName, String text) {
        return upload(
                        token,
                        knowledgeBaseId,
                        new Multipart().file("file", fileName, "text/plain", text.getBytes(StandardCharsets.UTF_8)))
                .expect(202)
                .field("id");
    }

    /** Uploads {@code count} text files {@code prefix-i.txt} and returns their ids (not waiting for ingestion). */
    public List<String> uploadTexts(
            String token, String knowledgeBaseId, String prefix, int count, IntFunction<String> text) {
        return IntStream.range(0, count)
                .mapToObj(i -> uploadText(token, knowledgeBaseId, prefix + "-" + i + ".txt", text.apply(i)))
                .toList();
    }

    /** Uploads a text file as a new version of a document (not waiting for ingestion). */
    public void uploadTextVersion(String token, String documentId, String fileName, String text) {
        uploadVersion(
                        token,
                        documentId,
                        new Multipart().file("file", fileName, "text/plain", text.getBytes(StandardCharsets.UTF_8)))
                .expect(202);
    }

    /** Waits until the document's newest version has finished ingestion (indexed or failed) and returns it. */
    public JsonNode awaitFinished(String token, String documentId) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    last[0] = api.get("/api/v1/documents/" + documentId)
                            .bearer(token)
                            .send()
                            .expect(200)
                            .body();
                    String status = last[0].path("status").asString();
                    return status.equals("indexed") || status.equals("failed");
                });
        return last[0];
    }

    public JsonNode awaitIndexed(String token, String documentId) {
        JsonNode document = awaitFinished(token, documentId);
        if (!document.path("status").asString().equals("indexed")) {
            throw new AssertionError("document " + documentId + " failed: " + document);
        }
        return document;
    }

    public List<String> searchTexts(String token, String query) {
        return search(token, query)
                .path("items")
                .valueStream()
                .map(i -> i.path("text").asString())
                .toList();
    }

    /**
     * A search with no relevance floor ({@code minRelevance=0}): the tests using it are about ranking, filters and
     * permissions on a few lines of filler text, which a floor calibrated for real documents may drop
     * ({@code SearchRelevanceTest} covers the floor; {@link #searchAsServed} searches with it).
     */
    public JsonNode search(String token, String queryString) {
        return searchAsServed(token, queryString + "&minRelevance=0");
    }

    /** A search as a client that names no {@code minRelevance} gets it: with the mode's relevance floor. */
    public JsonNode searchAsServed(String token, String queryString) {
        return api.get("/api/v1/knowledge-base/search?" + queryString)
                .bearer(token)
                .send()
                .expect(200)
                .body();
    }
}
