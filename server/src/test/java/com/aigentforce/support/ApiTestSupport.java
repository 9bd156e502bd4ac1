package com.aigentforce.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

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
}
