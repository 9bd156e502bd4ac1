package com.aigentforce.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The security settings bind with one default each, and a bad value stops the start-up naming the property. */
class SecurityPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SecurityProperties.class)
    static class Bound {}

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Bound.class)
            .withPropertyValues(
                    "aigentforce.security.issuer=aigentforce", "aigentforce.security.signing-key-dir=/tmp/keys");

    @Test
    void unsetSettingsTakeTheirDocumentedDefaults() {
        context.run(started -> {
            SecurityProperties properties = started.getBean(SecurityProperties.class);
            assertThat(properties.signingKeyDir()).isEqualTo(Path.of("/tmp/keys"));
            assertThat(properties.accessTokenTtl()).isEqualTo(Duration.ofMinutes(15));
            assertThat(properties.refreshTokenTtl()).isEqualTo(Duration.ofDays(14));
            assertThat(properties.sessionMaxAge()).isEqualTo(Duration.ofDays(30));
            assertThat(properties.sessionCacheTtl()).isEqualTo(Duration.ofSeconds(10));
            assertThat(properties.apiKeyCacheTtl()).isEqualTo(Duration.ofSeconds(30));
            assertThat(properties.keyRotation()).isEqualTo(Duration.ofDays(30));
            assertThat(properties.secureCookies()).isFalse();
            assertThat(properties.argon2()).isEqualTo(new SecurityProperties.Argon2(19456, 2, 1));
            assertThat(properties.login()).isEqualTo(new SecurityProperties.Login(5, 30));
        });
    }

    @Test
    void aNegativeTimeToLiveIsRefusedAtStartUpNamingTheProperty() {
        context.withPropertyValues("aigentforce.security.refresh-token-ttl=-1h")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("aigentforce.security.refresh-token-ttl")
                        .hasMessageContaining("must be positive"));
    }

    @Test
    void anAccessTokenLongerThanFifteenMinutesIsRefused() {
        context.withPropertyValues("aigentforce.security.access-token-ttl=16m")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("aigentforce.security.access-token-ttl")
                        .hasMessageContaining("must be at most 15 minutes"));
    }

    @Test
    void aMissingIssuerIsRefused() {
        new ApplicationContextRunner()
                .withUserConfiguration(Bound.class)
                .withPropertyValues("aigentforce.security.signing-key-dir=/tmp/keys")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("aigentforce.security.issuer"));
    }
}
