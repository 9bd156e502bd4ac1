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

    /**
     * Lucene 9.12 uses the JDK's vector API (SIMD k-NN distances and postings decoding, once the JVM runs with
     * {@code --add-modules jdk.incubator.vector}) only on the Java versions it was released for, up to 23, unless this
     * property names a later one. Its vector code runs unchanged on 25, which we build and test on; later versions
     * fall back to scalar code (docs/operations.md). The gain is measured in docs/benchmarks.md.
     */
    static final String LUCENE_VECTOR_API_UP_TO = "org.apache.lucene.vectorization.upperJavaFeatureVersion";

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
        if (System.getProperty(LUCENE_VECTOR_API_UP_TO) == null) {
            System.setProperty(LUCENE_VECTOR_API_UP_TO, "25");
        }
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
