package com.aigentforce.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.knowledge.support.Multipart;
import com.aigentforce.knowledge.support.SampleFiles;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Knowledge bases: creation, sharing, who may change what, and bad input answered with 4xx problems. */
class KnowledgeBaseApiTest extends ApiTestSupport {

    private KnowledgeFixtures kb;
    private Fixtures.Org org;
    private String owner;

    @BeforeEach
    void setUp() {
        kb = new KnowledgeFixtures(api);
        org = fixtures.organisation();
        owner = org.owner().accessToken();
    }

    @Test
    void aKnowledgeBaseIsCreatedReadRenamedAndDeleted() {
        String name = Fixtures.unique("Handbook");
        JsonNode created = api.post("/api/v1/knowledge-bases", Map.of("name", name, "description", "HR"))
                .bearer(owner)
                .send()
                .expect(201)
                .body();
        String id = created.path("id").asString();
        assertThat(created.path("readers").get(0).path("type").asString()).isEqualTo("tenant");
        assertThat(created.path("editors").get(0).path("type").asString()).isEqualTo("tenant");
        assertThat(api.get("/api/v1/knowledge-bases/" + id)
                        .bearer(owner)
                        .send()
                        .expect(200)
                        .field("name"))
                .isEqualTo(name);
        api.put("/api/v1/knowledge-bases/" + id, Map.of("name", name + " 2"))
                .bearer(owner)
                .send()
                .expect(200);
        assertThat(api.get("/api/v1/knowledge-bases")
                        .bearer(owner)
                        .send()
                        .expect(200)
                        .body()
                        .path("items")
                        .get(0)
                        .path("name")
                        .asString())
                .isEqualTo(name + " 2");
        api.delete("/api/v1/knowledge-bases/" + id).bearer(owner).send().expect(204);
        api.get("/api/v1/knowledge-bases/" + id).bearer(owner).send().expectProblem(404);
    }

    @Test
    void aReaderWhoIsNotAnEditorCannotUploadOrDelete() {
        var trainer = fixtures.person(org, "TRAINER");
        String id = kb.knowledgeBase(
                owner,
                Map.of(
                        "name",
                        Fixtures.unique("Read only"),
                        "editors",
                        List.of(Map.of("type", "user", "id", org.ownerId()))));
        String doc = kb.uploadText(owner, id, "a.txt", "Owner's notes about tapirs.");
        String token = trainer.session().accessToken();
        assertThat(api.get("/api/v1/knowledge-bases/" + id)
                        .bearer(token)
                        .send()
                        .expect(200)
                        .body()
                        .path("canEdit")
                        .asBoolean())
                .isFalse();
        kb.upload(token, id, new Multipart().file("file", "b.txt", "text/plain", SampleFiles.text("x")))
                .expectProblem(403);
        api.delete("/api/v1/documents/" + doc).bearer(token).send().expectProblem(403);
        kb.uploadVersion(token, doc, new Multipart().file("file", "b.txt", "text/plain", SampleFiles.text("x")))
                .expectProblem(403);
    }

    @Test
    void aKnowledgeBaseWithDocumentsCannotBeDeletedAndNamesAreUnique() {
        String name = Fixtures.unique("Busy");
        String id = kb.knowledgeBase(owner, Map.of("name", name));
        kb.uploadText(owner, id, "a.txt", "Some text.");
        api.delete("/api/v1/knowledge-bases/" + id).bearer(owner).send().expectProblem(409);
        api.post("/api/v1/knowledge-bases", Map.of("name", name.toUpperCase()))
                .bearer(owner)
                .send()
                .expectProblem(409);
    }

    @Test
    void badAccessListsAreRefusedWithTheField() {
        var unknownType = api.post(
                        "/api/v1/knowledge-bases",
                        Map.of("name", "x", "readers", List.of(Map.of("type", "planet", "id", org.ownerId()))))
                .bearer(owner)
                .send()
                .expectProblem(422);
        assertThat(unknownType.body().path("errors").get(0).path("field").asString())
                .isEqualTo("readers");
        api.post("/api/v1/knowledge-bases", Map.of("name", "x", "editors", List.of(Map.of("type", "team"))))
                .bearer(owner)
                .send()
                .expectProblem(422);
        api.post("/api/v1/knowledge-bases", Map.of("name", " "))
                .bearer(owner)
                .send()
                .expectProblem(422);
        api.post("/api/v1/knowledge-bases", "{\"name\": ").bearer(owner).send().expectProblem(400);
    }

    @Test
    void badUploadsAndSearchesAre4xxProblems() {
        String id = kb.knowledgeBase(owner);
        kb.upload(owner, id, new Multipart().field("title", "no file")).expectProblem(422);
        // a valid file with one malformed part each: metadata not JSON, a bad metadata key, tags not strings,
        // a reader principal without its id
        for (String[] part : new String[][] {
            {"metadata", "{not json"},
            {"metadata", "{\"bad key!\": \"v\"}"},
            {"tags", "[1, {}]"},
            {"readers", "[{\"type\":\"role\"}]"}
        }) {
            kb.upload(
                            owner,
                            id,
                            new Multipart()
                                    .file("file", "a.txt", "text/plain", SampleFiles.text("x"))
                                    .field(part[0], part[1]))
                    .expectProblem(422);
        }
        api.post("/api/v1/knowledge-bases/" + id + "/documents", Map.of("file", "x"))
                .bearer(owner)
                .send()
                .expectProblem(422);
        for (String query : List.of(
                "q=x&mode=magic",
                "q=x&limit=0",
                "q=x&limit=500",
                "q=",
                "q=x&knowledgeBaseId=not-a-uuid",
                "q=x&metadata.bad%20key=v")) {
            api.get("/api/v1/knowledge-base/search?" + query)
                    .bearer(owner)
                    .send()
                    .expectProblem(422);
        }
        api.get("/api/v1/knowledge-base/search").bearer(owner).send().expectProblem(400);
        api.post("/api/v1/knowledge-base/search", Map.of("q", "x", "mode", "magic"))
                .bearer(owner)
                .send()
                .expectProblem(422);
        api.post("/api/v1/knowledge-base/search", Map.of("q", "x", "limit", "many"))
                .bearer(owner)
                .send()
                .expectProblem(400);
        api.get("/api/v1/documents/" + UUID.randomUUID() + "?include=secrets")
                .bearer(owner)
                .send()
                .expectProblem(422);
        api.get("/api/v1/documents/not-a-uuid").bearer(owner).send().expectProblem(422);
    }
}
