package com.aigentforce.platform.web;

import java.util.Optional;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The address people use to reach this server (links in invitations, the start-up message): the configured
 * {@code AIGENTFORCE_PUBLIC_URL}, else {@code http://localhost:<the port actually bound>}.
 */
@Component
public class PublicUrl {

    private final String configured;
    private final ApplicationContext context;

    PublicUrl(WebProperties web, ApplicationContext context) {
        this.configured = web.publicUrl();
        this.context = context;
    }

    /** {@code AIGENTFORCE_PUBLIC_URL} when set: links then do not depend on the address a request came in by. */
    public Optional<String> configured() {
        return configured.isBlank() ? Optional.empty() : Optional.of(configured);
    }

    public String get() {
        if (!configured.isBlank()) {
            return configured;
        }
        int port = context instanceof WebServerApplicationContext web && web.getWebServer() != null
                ? web.getWebServer().getPort()
                : 8080;
        return "http://localhost:" + port;
    }
}
