package com.aigentforce;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The AiGentForce platform: one deployable, split into Spring Modulith application modules. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AiGentForceApplication {

    private static final String COMMAND = "--aigentforce.command=";

    public static void main(String[] args) {
        ConfigurableApplicationContext context = start(args);
        if (isCommand(args)) {
            System.exit(SpringApplication.exit(context));
        }
    }

    /**
     * Starts the platform. With {@code --aigentforce.command=<name>} it runs that maintenance command (for example
     * {@code reseal-secrets}) on a private port, so it can run beside a serving node, and the caller exits after.
     */
    public static ConfigurableApplicationContext start(String... args) {
        boolean portGiven = Arrays.stream(args).anyMatch(a -> a.startsWith("--server.port="));
        String[] effective = isCommand(args) && !portGiven
                ? Stream.concat(Stream.of("--server.port=0"), Arrays.stream(args))
                        .toArray(String[]::new)
                : args;
        return SpringApplication.run(AiGentForceApplication.class, effective);
    }

    private static boolean isCommand(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.startsWith(COMMAND));
    }
}
