package com.aigentforce.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aigentforce.platform.crypto.EncryptionProperties;
import com.aigentforce.platform.crypto.SecretCipher;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Real starts that fail for a known cause print one plain description and what to do (Spring Boot's failure
 * report, from the analyzers in META-INF/spring.factories), not a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

    @Test
    void aTakenHttpPortNamesTheSettingThatMovesIt(CapturedOutput output) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> new SpringApplicationBuilder(WebServerOnly.class)
                            .run("--logging.structured.format.console=", "--server.port=" + port)
                            .close())
                    .isInstanceOf(Exception.class);

            assertReport(
                    output,
                    "Port " + port + " is already in use, so the web server cannot start (is AiGentForce running "
                            + "already?).",
                    "Stop the process listening on port " + port + " (ss -ltnp 'sport = :" + port + "' shows it), "
                            + "or set AIGENTFORCE_PORT to a free port.");
        }
    }

    @Test
    void anEncryptionKeyOfTheWrongLengthSaysHowToMakeOne(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CipherOnly.class)
                        .web(WebApplicationType.NONE)
                        .run("--logging.structured.format.console=", "--aigentforce.encryption.key=c2hvcnQ=")
                        .close())
                .isInstanceOf(Exception.class);

        assertReport(
                output,
                "The encryption key is not valid: AIGENTFORCE_ENCRYPTION_KEY decodes to 5 bytes, not 32 bytes (AES-256): "
                        + "it must be base64 of 32 random bytes.",
                "Set AIGENTFORCE_ENCRYPTION_KEY to the output of 'openssl rand -base64 32'");
    }

    private static void assertReport(CapturedOutput output, String description, String action) {
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("Description:\n\n" + description)
                .contains("Action:\n\n" + action)
                .as("no stack trace")
                .doesNotContain("\tat ");
    }

    @Configuration(proxyBeanMethods = false)
    static class WebServerOnly {

        @Bean
        TomcatServletWebServerFactory webServerFactory(Environment environment) {
            return new TomcatServletWebServerFactory(environment.getRequiredProperty("server.port", Integer.class));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EncryptionProperties.class)
    @Import(SecretCipher.class)
    static class CipherOnly {}
}
