package com.aigentforce.platform.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class OutboundConfigTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(OutboundProperties.class)
    static class Properties {}

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(Properties.class, OutboundConfig.class);

    @Test
    void theAllowListIsReadFromACommaSeparatedSetting() {
        context.withPropertyValues("aigentforce.outbound.allow=127.0.0.1/32, ollama.internal:11434")
                .run(app -> {
                    assertThat(app).hasSingleBean(OutboundHttp.class);
                    assertThat(app.getBean(OutboundProperties.class).allow())
                            .containsExactly("127.0.0.1/32", "ollama.internal:11434");
                    assertThat(app.getBean(OutboundProperties.class).maxRedirects())
                            .isEqualTo(5);
                });
    }

    @Test
    void anInvalidAllowListEntryStopsStartUp() {
        context.withPropertyValues("aigentforce.outbound.allow=10.0.0.0/99")
                .run(app -> assertThat(app)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("AIGENTFORCE_OUTBOUND_ALLOW entry '10.0.0.0/99'"));
    }
}
