package com.aigentforce.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.realtime.WsClient;
import com.aigentforce.support.ApiTestSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code document:processing} reaches the uploader's open WebSocket stage by stage until the document is indexed,
 * and not a colleague who merely reads the knowledge base.
 */
class DocumentProcessingLiveTest extends ApiTestSupport {

    @Test
    void theUploaderSeesEveryStageLiveAndAReaderSeesNone() {
        var org = fixtures.organisation();
        var trainer = fixtures.person(org, "TRAINER");
        var learner = fixtures.person(org, "LEARNER");
        var kb = new KnowledgeFixtures(api);
        String kbId = kb.knowledgeBase(org.owner().accessToken());
        try (WsClient uploader = WsClient.authenticated(port, trainer.session().accessToken());
                WsClient reader = WsClient.authenticated(port, learner.session().accessToken())) {
            String documentId = kb.uploadText(
                    trainer.session().accessToken(), kbId, "tank.txt", "Live events for the axolotl tank.");
            List<String> statuses = new ArrayList<>();
            JsonNode event;
            do {
                event = uploader.awaitType("document:processing");
                assertThat(event.path("tenantId").asString())
                        .isEqualTo(org.tenantId().toString());
                assertThat(event.path("data").path("documentId").asString()).isEqualTo(documentId);
                statuses.add(event.path("data").path("status").asString());
            } while (!statuses.getLast().equals("indexed"));
            assertThat(statuses).containsSubsequence("extracting", "chunking", "embedding", "indexed");
            assertThat(event.path("data").path("progress").asInt()).isEqualTo(100);
            // the learner got nothing about the upload, though the connection is alive
            assertThat(reader.next(Duration.ofSeconds(2))).isNull();
            reader.send(Map.of("type", "ping"));
            assertThat(reader.awaitType("pong").path("tenantId").asString())
                    .isEqualTo(org.tenantId().toString());
        }
    }
}
