package com.aigentforce.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.knowledge.support.Multipart;
import com.aigentforce.knowledge.support.SampleFiles;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Permissions are applied inside retrieval: people with different rights get different results for one query,
 * top-k is filled with readable chunks only (even when unreadable ones rank higher), and other organisations see
 * nothing.
 */
class SearchPermissionsTest extends ApiTestSupport {

    private KnowledgeFixtures kb;
    private Fixtures.Org org;
    private String owner;
    private String openKb;
    private String teamKb;
    private String teamId;
    private Fixtures.Person member;
    private Fixtures.Person outsider;
    private final List<String> teamDocuments = new ArrayList<>();
    private final List<String> openDocuments = new ArrayList<>();

    @BeforeEach
    void setUp() {
        kb = new KnowledgeFixtures(api);
        org = fixtures.organisation();
        owner = org.owner().accessToken();
        member = fixtures.person(org, "LEARNER");
        outsider = fixtures.person(org, "LEARNER");
        teamId = api.post("/api/v1/teams", Map.of("name", Fixtures.unique("Lynx team")))
                .bearer(owner)
                .send()
                .expect(201)
                .field("id");
        setMembers(List.of(member.id().toString()));
        List<Map<String, Object>> onlyOwnerEdits = List.of(Map.of("type", "user", "id", org.ownerId()));
        openKb = kb.knowledgeBase(
                owner, Map.of("name", Fixtures.unique("Open"), "readers", List.of(Map.of("type", "tenant"))));
        teamKb = kb.knowledgeBase(
                owner,
                Map.of(
                        "name",
                        Fixtures.unique("Team"),
                        "readers",
                        List.of(Map.of("type", "team", "id", teamId)),
                        "editors",
                        onlyOwnerEdits));
        // the team's documents match "lynx" far better than the open ones
        teamDocuments.addAll(
                kb.uploadTexts(owner, teamKb, "team", 8, i -> "Lynx lynx lynx: the lynx habitat survey number " + i));
        openDocuments.addAll(kb.uploadTexts(
                owner,
                openKb,
                "open",
                3,
                i -> "Quarterly office notes " + i + " mention a lynx once among many other topics"));
        teamDocuments.forEach(id -> kb.awaitIndexed(owner, id));
        openDocuments.forEach(id -> kb.awaitIndexed(owner, id));
    }

    @Test
    void twoPeopleWithDifferentRightsGetDifferentResultsAndTopKHoldsOnlyReadableChunks() {
        for (String mode : List.of("fulltext", "vector", "hybrid")) {
            JsonNode forOutsider = kb.search(outsider.session().accessToken(), "limit=3&q=lynx&mode=" + mode);
            assertThat(documentIds(forOutsider)).as(mode).hasSize(3).allMatch(openDocuments::contains);

            JsonNode forMember = kb.search(member.session().accessToken(), "limit=3&q=lynx&mode=" + mode);
            assertThat(documentIds(forMember)).as(mode).hasSize(3).allMatch(teamDocuments::contains);
        }
        assertThat(api.get("/api/v1/knowledge-bases/" + teamKb)
                        .bearer(outsider.session().accessToken())
                        .send()
                        .status())
                .isEqualTo(404);
        api.get("/api/v1/documents/" + teamDocuments.getFirst())
                .bearer(outsider.session().accessToken())
                .send()
                .expectProblem(404);
        assertThat(api.get("/api/v1/knowledge-bases")
                        .bearer(outsider.session().accessToken())
                        .send()
                        .expect(200)
                        .body()
                        .path("total")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void theDocumentCapFillsTopKWithDistinctReadableDocumentsOnly() {
        // a long team document with many chunks about the lynx, which only the team may read
        String fieldNotes = kb.uploadText(
                owner,
                teamKb,
                "lynx-field-notes.txt",
                String.join(
                        "\n\n",
                        Collections.nCopies(150, "Lynx lynx lynx: lynx habitat survey notes, lynx seen again.")));
        kb.awaitIndexed(owner, fieldNotes);
        for (String mode : List.of("fulltext", "vector", "hybrid")) {
            List<String> forOutsider = documentIds(
                    kb.search(outsider.session().accessToken(), "limit=3&maxPerDocument=1&q=lynx&mode=" + mode));
            assertThat(forOutsider).as(mode).hasSize(3).doesNotHaveDuplicates().allMatch(openDocuments::contains);

            List<String> forMember = documentIds(
                    kb.search(member.session().accessToken(), "limit=9&maxPerDocument=1&q=lynx&mode=" + mode));
            assertThat(forMember)
                    .as(mode)
                    .hasSize(9)
                    .doesNotHaveDuplicates()
                    .allMatch(id -> teamDocuments.contains(id) || openDocuments.contains(id) || id.equals(fieldNotes));
        }
        // asking for more than the readable documents hold gives what there is, never an unreadable chunk
        assertThat(documentIds(
                        kb.search(outsider.session().accessToken(), "limit=10&maxPerDocument=2&q=lynx&mode=hybrid")))
                .hasSize(3)
                .allMatch(openDocuments::contains);
    }

    @Test
    void joiningTheTeamGrantsItsKnowledgeBaseOnTheNextQuery() {
        String token = outsider.session().accessToken();
        assertThat(documentIds(kb.search(token, "mode=fulltext&q=habitat"))).isEmpty();
        setMembers(List.of(member.id().toString(), outsider.id().toString()));
        assertThat(documentIds(kb.search(token, "mode=fulltext&q=habitat"))).hasSize(8);
    }

    @Test
    void aDocumentCanNarrowItsKnowledgeBasesReaders() {
        String trainerRole = roleId("TRAINER");
        var trainer = fixtures.person(org, "TRAINER");
        String narrowed = kb.upload(
                        owner,
                        openKb,
                        new Multipart()
                                .file("file", "pay.txt", "text/plain", SampleFiles.text("Trainer pay scales for lynx."))
                                .field("readers", "[{\"type\":\"role\",\"id\":\"" + trainerRole + "\"}]"))
                .expect(202)
                .field("id");
        kb.awaitIndexed(owner, narrowed);

        assertThat(documentIds(kb.search(trainer.session().accessToken(), "mode=fulltext&q=scales")))
                .containsExactly(narrowed);
        assertThat(documentIds(kb.search(outsider.session().accessToken(), "mode=fulltext&q=scales")))
                .isEmpty();
        assertThat(documentIds(kb.search(outsider.session().accessToken(), "mode=vector&limit=50&q=trainer+pay")))
                .doesNotContain(narrowed);
        api.get("/api/v1/documents/" + narrowed)
                .bearer(outsider.session().accessToken())
                .send()
                .expectProblem(404);
        assertThat(api.get("/api/v1/knowledge-bases/" + openKb + "/documents")
                        .bearer(outsider.session().accessToken())
                        .send()
                        .expect(200)
                        .body()
                        .path("total")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void anotherOrganisationFindsNothing() {
        var other = fixtures.organisation();
        String token = other.owner().accessToken();
        for (String mode : List.of("fulltext", "vector", "hybrid")) {
            assertThat(documentIds(kb.search(token, "q=lynx&mode=" + mode)))
                    .as(mode)
                    .isEmpty();
            assertThat(documentIds(kb.search(token, "q=lynx&mode=" + mode + "&knowledgeBaseId=" + openKb)))
                    .as(mode)
                    .isEmpty();
        }
    }

    private void setMembers(List<String> userIds) {
        api.put(
                        "/api/v1/teams/" + teamId + "/members",
                        Map.of(
                                "members",
                                userIds.stream()
                                        .map(id -> Map.of("userId", id, "lead", false))
                                        .toList()))
                .bearer(owner)
                .send()
                .expect(200);
    }

    private String roleId(String name) {
        return api.get("/api/v1/roles")
                .bearer(owner)
                .send()
                .expect(200)
                .body()
                .path("items")
                .valueStream()
                .filter(r -> r.path("name").asString().equals(name))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asString();
    }

    private static List<String> documentIds(JsonNode result) {
        return result.path("items")
                .valueStream()
                .map(i -> i.path("documentId").asString())
                .toList();
    }
}
