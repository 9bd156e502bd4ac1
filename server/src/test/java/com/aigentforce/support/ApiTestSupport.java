package com.aigentforce.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Base of API integration tests: the running application, an HTTP client for it and the test-data builders. */
@IntegrationTest
public abstract class ApiTestSupport {

    @LocalServerPort
    protected int port;

    protected Api api;
    protected Fixtures fixtures;

    @BeforeEach
    void connect() {
        api = new Api(port);
        fixtures = new Fixtures(api);
    }

    /** Waits until the newest audit record with this action is readable (audit rows are written after commit). */
    protected JsonNode awaitAuditEntry(String token, String action) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            var items = api.get("/api/v1/audit?action=" + action)
                    .bearer(token)
                    .send()
                    .expect(200)
                    .body()
                    .path("items");
            found[0] = items.size() > 0 ? items.get(0) : null;
            return found[0] != null;
        });
        return found[0];
    }
}
