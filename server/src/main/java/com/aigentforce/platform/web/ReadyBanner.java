package com.aigentforce.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ansi.AnsiColor;
import org.springframework.boot.ansi.AnsiOutput;
import org.springframework.boot.ansi.AnsiStyle;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the server where to go and how to begin. */
@Component
class ReadyBanner {

    private static final Logger LOGGER = LoggerFactory.getLogger(ReadyBanner.class);
    private static final String RULE = "=".repeat(78);

    private final PublicUrl publicUrl;
    private final boolean registration;
    private final boolean textConsole;

    ReadyBanner(PublicUrl publicUrl, WebProperties web, Environment environment) {
        this.publicUrl = publicUrl;
        this.registration = web.registration().enabled();
        // an empty structured format is the plain-text console (platform.startup.ConsoleLogFormat)
        this.textConsole =
                environment.getProperty("logging.structured.format.console", "").isBlank();
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String url = publicUrl.get();
        String next = registration
                ? "open it and choose 'Create an organisation' to register, or sign in"
                : "sign in with an account your administrator created";
        if (!textConsole) {
            LOGGER.info("AiGentForce is ready at {} : {}; API reference at {}/swagger-ui", url, next, url);
            return;
        }
        // a person at a terminal: a block that stands out from the start-up lines above it
        String block = String.join(
                "\n",
                RULE,
                "  AiGentForce is ready at " + url,
                "  " + Character.toUpperCase(next.charAt(0)) + next.substring(1) + ".",
                "  API reference: " + url + "/swagger-ui",
                RULE);
        LOGGER.info("\n\n{}\n", AnsiOutput.toString(AnsiColor.BRIGHT_GREEN, AnsiStyle.BOLD, block, AnsiStyle.NORMAL));
    }
}
