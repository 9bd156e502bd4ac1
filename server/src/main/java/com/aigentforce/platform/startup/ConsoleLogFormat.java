package com.aigentforce.platform.startup;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides the console's log format before logging starts: readable text for a person at a terminal, JSON (ECS) for
 * everything else (systemd, containers, a pipe), unless {@code AIGENTFORCE_LOG_FORMAT} says which. application.yml
 * reads the result as the fallback of {@code logging.structured.format.console}.
 */
class ConsoleLogFormat implements EnvironmentPostProcessor {

    static final String PROPERTY = "aigentforce.log.console-default";

    private final BooleanSupplier terminal;

    ConsoleLogFormat() {
        this(ConsoleLogFormat::outputIsTerminal);
    }

    ConsoleLogFormat(BooleanSupplier terminal) {
        this.terminal = terminal;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // an empty structured format is Spring Boot's plain-text console
        String format = terminal.getAsBoolean() ? "" : "ecs";
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("aigentforce-console", Map.of(PROPERTY, format)));
    }

    /** Whether standard input and output are a terminal ({@code Console.isTerminal()} from JDK 22 on). */
    static boolean outputIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException beforeJdk22) {
            // up to JDK 21 a console exists only when both are a terminal
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
