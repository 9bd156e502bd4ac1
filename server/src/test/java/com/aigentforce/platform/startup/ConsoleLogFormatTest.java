package com.aigentforce.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The console's log format as application.yml resolves it: text for a person at a terminal, JSON (ECS) otherwise,
 * and whatever {@code AIGENTFORCE_LOG_FORMAT} says when it is set — even empty, which asks for text.
 */
class ConsoleLogFormatTest {

    @Test
    void aTerminalGetsTextAndEverythingElseJson() throws Exception {
        assertThat(consoleFormat(true, Map.of())).isEmpty();
        assertThat(consoleFormat(false, Map.of())).isEqualTo("ecs");
    }

    @Test
    void anExplicitFormatWinsOverTheTerminalRule() throws Exception {
        assertThat(consoleFormat(true, Map.of("AIGENTFORCE_LOG_FORMAT", "logstash")))
                .isEqualTo("logstash");
        assertThat(consoleFormat(true, Map.of("AIGENTFORCE_LOG_FORMAT", "ecs"))).isEqualTo("ecs");
        assertThat(consoleFormat(false, Map.of("AIGENTFORCE_LOG_FORMAT", ""))).isEmpty();
    }

    private static String consoleFormat(boolean terminal, Map<String, Object> variables) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        new ConsoleLogFormat(() -> terminal).postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("logging.structured.format.console");
    }
}
