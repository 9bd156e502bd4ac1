package com.aigentforce.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aigentforce.AiGentForceApplication;
import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.support.Api;
import com.aigentforce.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A node stopped in the middle of ingesting a document (no time to finish) leaves its job behind; the next node
 * on the same database and files takes the job over when the first one's heartbeat is gone, and the document ends
 * indexed with every chunk exactly once.
 */
class PipelineRestartTest {

    @TempDir(cleanup = CleanupMode.ALWAYS)
    Path dataDir;

    @Test
    void aJobInterruptedByAStoppedNodeIsResumedByTheNextWithoutLostOrDuplicatedChunks() throws Exception {
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            text.append("Section ")
                    .append(i)
                    .append(" of the operations manual describes procedure ")
                    .append(i)
                    .append(" for the night shift, its checks and who signs it off.\n\n");
        }
        String owner;
        String documentId;
        try (ConfigurableApplicationContext first = start()) {
            Api api = new Api(port(first));
            String email = Fixtures.unique("restart") + "@example.test";
            api.post(
                            "/api/v1/auth/register",
                            Map.of(
                                    "organizationName",
                                    "Restart KB",
                                    "name",
                                    "Kim",
                                    "email",
                                    email,
                                    "password",
                                    Fixtures.PASSWORD))
                    .send()
                    .expect(201);
            owner = new Fixtures(api).login(email, Fixtures.PASSWORD).accessToken();
            KnowledgeFixtures kb = new KnowledgeFixtures(api);
            documentId = kb.uploadText(owner, kb.knowledgeBase(owner), "manual.txt", text.toString());
            String token = owner;
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> api.get("/api/v1/documents/" + documentId)
                            .bearer(token)
                            .send()
                            .field("status")
                            .equals("embedding"));
        } // stopped mid-embedding: nothing waits for the job

        try (ConfigurableApplicationContext second = start()) {
            Api api = new Api(port(second));
            JsonNode document = new KnowledgeFixtures(api).awaitIndexed(owner, documentId);
            JsonNode version = api.get("/api/v1/documents/" + documentId + "/versions")
                    .bearer(owner)
                    .send()
                    .expect(200)
                    .body()
                    .get(0);
            assertThat(version.path("attempts").asInt()).isEqualTo(2);
            int expected = version.path("chunkCount").asInt();
            assertThat(expected).isGreaterThan(50);
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            Map<String, Object> counts = jdbc.queryForMap(
                    "select count(*) as chunks, count(distinct ordinal) as ordinals, min(ordinal) as first,"
                            + " max(ordinal) as last from kb_chunk where version_id = ?",
                    UUID.fromString(version.path("id").asString()));
            assertThat(((Number) counts.get("chunks")).intValue()).isEqualTo(expected);
            assertThat(((Number) counts.get("ordinals")).intValue()).isEqualTo(expected);
            assertThat(((Number) counts.get("first")).intValue()).isZero();
            assertThat(((Number) counts.get("last")).intValue()).isEqualTo(expected - 1);
            assertThat(document.path("currentVersion").asInt()).isEqualTo(1);
            assertThat(new KnowledgeFixtures(api).searchTexts(owner, "mode=fulltext&q=%22procedure+599%22"))
                    .hasSize(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AiGentForceApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--aigentforce.data-dir=" + dataDir,
                        "--aigentforce.db.embedded-clean=false",
                        "--aigentforce.knowledge.index-dir=" + dataDir.resolve("index"),
                        "--aigentforce.knowledge.max-file-size=10MB",
                        "--aigentforce.knowledge.heartbeat-interval=1s",
                        "--aigentforce.knowledge.shutdown-wait=0s");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
