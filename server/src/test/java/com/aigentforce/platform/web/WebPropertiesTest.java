package com.aigentforce.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The settings several modules read: one binding, one default each, the forms operators write. */
class WebPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(WebProperties.class)
    static class Bound {}

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void unsetSettingsTakeTheirDocumentedDefaults() {
        context.run(started -> {
            WebProperties web = started.getBean(WebProperties.class);
            assertThat(web.publicUrl()).isEmpty();
            assertThat(web.registration().enabled()).isTrue();
            assertThat(web.cors().allowedOrigins()).isEmpty();
            assertThat(web.http().maxJsonBody()).isEqualTo(DataSize.ofMegabytes(1));
        });
    }

    @Test
    void operatorValuesAreNormalised() {
        context.withPropertyValues(
                        "aigentforce.public-url=https://train.example.com//",
                        "aigentforce.registration.enabled=false",
                        "aigentforce.http.max-json-body=2MB")
                .run(started -> {
                    WebProperties web = started.getBean(WebProperties.class);
                    assertThat(web.publicUrl()).isEqualTo("https://train.example.com");
                    assertThat(web.registration().enabled()).isFalse();
                    assertThat(web.http().maxJsonBody()).isEqualTo(DataSize.ofMegabytes(2));
                });
        context.withPropertyValues("aigentforce.cors.allowed-origins=https://a.example, ,https://b.example ")
                .run(started -> assertThat(
                                started.getBean(WebProperties.class).cors().allowedOrigins())
                        .containsExactly("https://a.example", "https://b.example"));
    }

    @Test
    void anUnreadableBodyLimitIsRefusedAtStartUp() {
        context.withPropertyValues("aigentforce.http.max-json-body=lots")
                .run(started ->
                        assertThat(started).hasFailed().getFailure().rootCause().hasMessageContaining("lots"));
    }
}
