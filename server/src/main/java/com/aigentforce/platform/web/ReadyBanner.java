package com.aigentforce.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the server where to go and how to begin. */
@Component
class ReadyBanner {

    private static final Logger LOGGER = LoggerFactory.getLogger(ReadyBanner.class);

    private final PublicUrl publicUrl;
    private final boolean registration;

    ReadyBanner(PublicUrl publicUrl, WebProperties web) {
        this.publicUrl = publicUrl;
        this.registration = web.registration().enabled();
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String url = publicUrl.get();
        LOGGER.info(
                "AiGentForce is ready at {} : {}; API reference at {}/swagger-ui",
                url,
                registration
                        ? "open it and choose 'Create an organisation' to register, or sign in"
                        : "sign in with an account your administrator created",
                url);
    }
}
