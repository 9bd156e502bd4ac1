package com.aigentforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.AiGentForceApplication;
import com.aigentforce.support.ApiTestSupport;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * TLS served directly from a keystore, and the security headers: HSTS over TLS only, the SPA's
 * Content-Security-Policy, no sniffing, no framing, a strict referrer policy — on API and UI responses alike.
 */
class TransportSecurityTest extends ApiTestSupport {

    static final String PASSWORD = "changeit-test";
    static Path keystore;
    static ConfigurableApplicationContext tlsNode;
    static HttpClient tlsClient;

    @BeforeAll
    static void startTlsNode() throws Exception {
        keystore = Files.createTempDirectory("tls").resolve("server.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "server",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=dns:localhost",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        PASSWORD,
                        "-keypass",
                        PASSWORD)
                .redirectErrorStream(true)
                .start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue())
                .as(new String(keytool.getInputStream().readAllBytes()))
                .isZero();
        tlsNode = new SpringApplicationBuilder(AiGentForceApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--server.ssl.enabled=true",
                        "--server.ssl.key-store=" + keystore,
                        "--server.ssl.key-store-password=" + PASSWORD,
                        "--server.ssl.key-store-type=PKCS12");
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            trusted.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, trust.getTrustManagers(), null);
        tlsClient = HttpClient.newBuilder().sslContext(ssl).build();
    }

    @AfterAll
    static void stopTlsNode() throws Exception {
        tlsNode.close();
        Files.deleteIfExists(keystore);
    }

    @Test
    void overTlsResponsesCarryHstsAndTheSecurityHeaders() throws Exception {
        int port = ((WebServerApplicationContext) tlsNode).getWebServer().getPort();
        for (String path : new String[] {"/api/v1/users/me", "/"}) {
            HttpResponse<String> response = tlsClient.send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            var headers = response.headers();
            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
            assertSecurityHeaders(headers);
        }
    }

    @Test
    void plainHttpResponsesCarryTheSecurityHeadersButNoHsts() {
        for (String path : new String[] {"/api/v1/users/me", "/"}) {
            var response = api.get(path).send();
            assertThat(response.header("Strict-Transport-Security")).as(path).isNull();
            assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    private static void assertSecurityHeaders(java.net.http.HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }
}
