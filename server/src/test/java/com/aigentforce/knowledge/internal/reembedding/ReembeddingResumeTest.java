package com.aigentforce.knowledge.internal.reembedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.knowledge.support.OpenAiEmbeddingsServer;
import com.aigentforce.support.ApiTestSupport;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A re-embedding left running by a node that stopped after some batches resumes after its saved cursor when the job
 * runs again: only the chunks not yet moved are sent to the provider, and the counts add up. (The stopped node is
 * played by a re-embedding the provider cut short, set back to running as a killed process would have left it.)
 */
@TestPropertySource(
        properties = {
            "aigentforce.knowledge.reembedding.batch-size=2",
            "aigentforce.knowledge.reembedding.retry-backoff=20ms"
        })
class ReembeddingResumeTest extends ApiTestSupport {

    @Autowired
    ReembeddingRunner runner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aReembeddingLeftRunningResumesAfterItsCursorWithoutEmbeddingDoneChunksAgain() {
        try (OpenAiEmbeddingsServer provider = new OpenAiEmbeddingsServer(256)) {
            var org = fixtures.organisation();
            String owner = org.owner().accessToken();
            var kb = new KnowledgeFixtures(api);
            String kbId = kb.knowledgeBase(owner);
            kb.uploadTexts(owner, kbId, "dock", 5, i -> "Dock " + i + " opens at dawn.")
                    .forEach(id -> kb.awaitIndexed(owner, id));
            String path = "/api/v1/knowledge-bases/" + kbId + "/embedding-model";

            provider.failRequests(3, 1, 400); // the probe and the first batch pass, then the node "stops"
            api.put(path, Map.of("provider", "openai-compatible", "baseUrl", provider.baseUrl(), "model", "m"))
                    .bearer(owner)
                    .send()
                    .expect(202);
            JsonNode[] reembedding = new JsonNode[1];
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                reembedding[0] =
                        api.get(path).bearer(owner).send().expect(200).body().path("reembedding");
                return reembedding[0].path("status").asString().equals("failed");
            });
            assertThat(reembedding[0].path("done").asLong()).isEqualTo(2);
            UUID id = UUID.fromString(reembedding[0].path("id").asString());
            assertThat(tx.<Integer>execute(s -> jdbc.sql(
                                    "update kb_reembedding set status = 'running', finished_at = null, error = null where id = ?")
                            .param(id)
                            .update()))
                    .isEqualTo(1);
            assertThat(api.get(path)
                            .bearer(owner)
                            .send()
                            .body()
                            .path("reembedding")
                            .path("status")
                            .asString())
                    .isEqualTo("running");

            int before = provider.embeddedTexts();
            runner.run(org.tenantId(), id);

            JsonNode resumed =
                    api.get(path).bearer(owner).send().expect(200).body().path("reembedding");
            assertThat(resumed.path("status").asString()).isEqualTo("completed");
            assertThat(resumed.path("done").asLong()).isEqualTo(5);
            assertThat(resumed.path("total").asLong()).isEqualTo(5);
            assertThat(provider.embeddedTexts() - before).isEqualTo(3);
            assertThat(jdbc.sql(
                                    "select count(*) from kb_chunk where knowledge_base_id = ? and embedding_model = 'builtin'")
                            .param(UUID.fromString(kbId))
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }
}
