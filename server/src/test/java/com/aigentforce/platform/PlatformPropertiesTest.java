package com.aigentforce.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.platform.outbound.OutboundProperties;
import com.aigentforce.platform.ratelimit.RateLimitProperties;
import com.aigentforce.platform.storage.StorageProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Rate limits, outbound HTTP and storage settings: a value that cannot work stops the start, naming the property. */
class PlatformPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({RateLimitProperties.class, OutboundProperties.class, StorageProperties.class})
    static class Bound {}

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Bound.class)
            .withPropertyValues("aigentforce.rate-limits.anonymous-per-minute=300");

    @Test
    void workableValuesBind() {
        context.withPropertyValues(
                        "aigentforce.rate-limits.tiers.free=600",
                        "aigentforce.outbound.max-redirects=0",
                        "aigentforce.storage.type=S3")
                .run(started -> {
                    assertThat(started).hasNotFailed();
                    assertThat(started.getBean(RateLimitProperties.class).perMinute("FREE"))
                            .isEqualTo(600);
                    assertThat(started.getBean(OutboundProperties.class).maxRedirects())
                            .isZero();
                    assertThat(started.getBean(StorageProperties.class).type()).isEqualTo("s3");
                });
    }

    @Test
    void aZeroOrNegativeRateLimitIsRefused() {
        context.withPropertyValues("aigentforce.rate-limits.tiers.pro=0")
                .run(started ->
                        assertThat(started).hasFailed().getFailure().rootCause().hasMessageContaining("tiers[pro]"));
        context.withPropertyValues("aigentforce.rate-limits.anonymous-per-minute=-5")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("anonymousPerMinute"));
    }

    @Test
    void aNegativeRedirectCountIsRefusedNotReplaced() {
        context.withPropertyValues("aigentforce.outbound.max-redirects=-1")
                .run(started ->
                        assertThat(started).hasFailed().getFailure().rootCause().hasMessageContaining("maxRedirects"));
    }

    @Test
    void anUnknownStorageTypeIsRefused() {
        context.withPropertyValues("aigentforce.storage.type=ftp")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("must be 'local' or 's3'"));
    }
}
