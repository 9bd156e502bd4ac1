package com.aigentforce.platform.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;

/**
 * The guarded client against real local HTTP servers. Refused targets are refused before any connection, so the
 * internal addresses named here are never contacted.
 */
class OutboundHttpTest {

    private final LocalHttpServer server = new LocalHttpServer();
    private final LocalHttpServer other = new LocalHttpServer();
    private OutboundHttp outbound;

    @AfterEach
    void stop() throws IOException {
        if (outbound != null) {
            outbound.close();
        }
        server.close();
        other.close();
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            http://127.0.0.1/                 | 127.0.0.1 is a loopback address
            http://127.8.9.10:8080/x          | a loopback address
            http://localhost/                 | a loopback address
            http://[::1]/                     | a loopback address
            http://[::ffff:127.0.0.1]/        | a loopback address
            http://[::ffff:7f00:1]/           | a loopback address
            http://[::127.0.0.1]/             | a loopback address
            http://10.0.0.1/                  | a private address
            http://172.16.5.4/                | a private address
            http://172.31.255.255/            | a private address
            http://192.168.1.1/               | a private address
            http://[fc00::1]/                 | a private address
            http://[fd12:3456::1]/            | a private address
            http://[64:ff9b::a00:1]/          | a private address
            http://169.254.1.1/               | a link-local address
            http://[fe80::1]/                 | a link-local address
            http://169.254.169.254/latest/    | a cloud metadata address
            http://[fd00:ec2::254]/           | a cloud metadata address
            http://[::ffff:169.254.169.254]/  | a cloud metadata address
            http://[2002:a9fe:a9fe::1]/       | a cloud metadata address
            http://100.64.0.1/                | a carrier-grade NAT address
            http://100.127.255.254/           | a carrier-grade NAT address
            http://0.0.0.0/                   | an unspecified address
            http://[::]/                      | an unspecified address
            http://224.0.0.1/                 | a multicast address
            http://[ff02::1]/                 | a multicast address
            http://255.255.255.255/           | the broadcast address
            https://10.1.2.3/                 | a private address
            """)
    void internalTargetsAreRefusedBeforeConnecting(String url, String reason) {
        outbound = guarded(List.of());
        assertThatThrownBy(() -> get(url)).isInstanceOfSatisfying(OutboundTargetRefused.class, e -> {
            assertThat(e.reason()).contains(reason);
            assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
            assertThat(e.problemType()).isEqualTo("outbound-target-refused");
        });
    }

    @ParameterizedTest
    @CsvSource({"ftp://127.0.0.1/file", "file:///etc/passwd", "gopher://example.com/", "jar:file:/x.jar!/a"})
    void schemesOtherThanHttpAreRefused(String url) {
        outbound = guarded(List.of("127.0.0.1/32"));
        assertThatThrownBy(() -> get(url))
                .isInstanceOf(OutboundTargetRefused.class)
                .hasMessageContaining("scheme");
    }

    @Test
    void theAllowListLetsTheAdministratorReachALocalServer() {
        server.text("/hello", "hi there");
        outbound = guarded(List.of("127.0.0.1/32"));
        assertThat(get(server.url("/hello"))).isEqualTo("hi there");
    }

    @Test
    void anAllowedHostNameIsReachableWhateverItResolvesTo() {
        server.text("/hello", "by name");
        outbound = guarded(List.of("localhost:" + server.port()));
        assertThat(get("http://localhost:" + server.port() + "/hello")).isEqualTo("by name");
        assertThatThrownBy(() -> get("http://localhost:" + other.port() + "/"))
                .isInstanceOf(OutboundTargetRefused.class);
    }

    @Test
    void aRedirectToAnotherLocalServerIsRefusedWhenOnlyTheFirstIsAllowed() {
        other.text("/secret", "internal data");
        server.redirect("/go", other.url("/secret"));
        outbound = guarded(List.of("127.0.0.1:" + server.port()));

        assertThatThrownBy(() -> get(server.url("/go")))
                .isInstanceOfSatisfying(
                        OutboundTargetRefused.class, e -> assertThat(e.reason()).contains("loopback"));
        assertThat(server.requests()).isEqualTo(1);
        assertThat(other.requests()).isZero();
    }

    @ParameterizedTest
    @CsvSource({
        "http://169.254.169.254/latest/meta-data/, cloud metadata",
        "http://10.0.0.1/admin, private",
        "http://[::1]/, loopback",
        "ftp://127.0.0.1/x, scheme"
    })
    void aRedirectToAnInternalTargetIsRefused(String location, String reason) {
        server.redirect("/go", location);
        outbound = guarded(List.of("127.0.0.1:" + server.port()));
        assertThatThrownBy(() -> get(server.url("/go")))
                .isInstanceOf(OutboundTargetRefused.class)
                .hasMessageContaining(reason);
    }

    @Test
    void redirectsWithinAllowedTargetsAreFollowedUpToTheLimit() {
        server.redirect("/one", server.url("/two"))
                .redirect("/two", server.url("/end"))
                .text("/end", "arrived");
        server.redirect("/loop", server.url("/loop"));
        outbound = guarded(List.of("127.0.0.1/32"));
        assertThat(get(server.url("/one"))).isEqualTo("arrived");
        assertThatThrownBy(() -> get(server.url("/loop")))
                .isInstanceOfSatisfying(
                        OutboundRequestFailed.class,
                        e -> assertThat(e.getMessage()).contains("redirects"));
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedWhetherAnnouncedOrNot() {
        String big = "x".repeat(5000);
        server.text("/announced", big).on("/chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write(big.substring(0, 100).getBytes());
                    out.flush();
                }
            }
        });
        server.text("/fits", "y".repeat(1000));
        outbound =
                loopbackOnly(new OutboundProperties(List.of("127.0.0.1/32"), null, null, DataSize.ofBytes(1000), null));

        assertThat(get(server.url("/fits"))).hasSize(1000);
        assertThatThrownBy(() -> get(server.url("/announced")))
                .isInstanceOfSatisfying(
                        OutboundResponseTooLarge.class,
                        e -> assertThat(e.limitBytes()).isEqualTo(1000));
        assertThatThrownBy(() -> get(server.url("/chunked"))).isInstanceOf(OutboundResponseTooLarge.class);
    }

    @Test
    void aServerThatDoesNotAnswerInTimeFails() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        server.on("/slow", exchange -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalHttpServer.send(exchange, 200, "late");
        });
        outbound =
                loopbackOnly(new OutboundProperties(List.of("127.0.0.1/32"), null, Duration.ofMillis(300), null, null));
        try {
            assertThatThrownBy(() -> get(server.url("/slow")))
                    .isInstanceOfSatisfying(OutboundRequestFailed.class, e -> {
                        assertThat(e.getMessage()).contains("timed out");
                        assertThat(e.status()).isEqualTo(HttpStatus.BAD_GATEWAY);
                    });
        } finally {
            release.countDown();
        }
    }

    @Test
    void aClosedPortFailsAsRefusedConnection() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        outbound = guarded(List.of("127.0.0.1/32"));
        assertThatThrownBy(() -> get("http://127.0.0.1:" + closedPort + "/"))
                .isInstanceOf(OutboundRequestFailed.class)
                .hasMessageContaining("refused");
    }

    @Test
    void anUnknownHostFails() {
        outbound = guarded(List.of());
        assertThatThrownBy(() -> get("http://no-such-host.invalid/"))
                .isInstanceOf(OutboundRequestFailed.class)
                .hasMessageContaining("does not resolve");
    }

    @Test
    void aUrlCanBeCheckedBeforeItIsSaved() {
        outbound = guarded(List.of("127.0.0.1:" + server.port()));
        outbound.checkTarget(java.net.URI.create(server.url("/hook")));
        assertThatThrownBy(() -> outbound.checkTarget(java.net.URI.create("http://localhost:" + other.port() + "/")))
                .isInstanceOf(OutboundTargetRefused.class);
        assertThatThrownBy(() -> outbound.checkTarget(java.net.URI.create("http://[fd00:ec2::254]/")))
                .isInstanceOfSatisfying(
                        OutboundTargetRefused.class, e -> assertThat(e.reason()).contains("metadata"));
        assertThatThrownBy(() -> outbound.checkTarget(java.net.URI.create("file:///etc/passwd")))
                .isInstanceOf(OutboundTargetRefused.class);
        assertThatThrownBy(() -> outbound.checkTarget(java.net.URI.create("http:relative")))
                .isInstanceOf(OutboundTargetRefused.class);
        assertThat(server.requests()).isZero();
    }

    private OutboundHttp guarded(List<String> allow) {
        return loopbackOnly(new OutboundProperties(allow, null, null, null, null));
    }

    /** Should the guard ever let an internal address through, the test still connects to nothing but loopback. */
    private static OutboundHttp loopbackOnly(OutboundProperties properties) {
        return new OutboundHttp(properties, guard -> new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return loopback(guard.resolve(host));
            }

            @Override
            public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
                List<InetSocketAddress> addresses = guard.resolve(host, port);
                addresses.forEach(a -> loopback(a.getAddress()));
                return addresses;
            }

            @Override
            public String resolveCanonicalHostname(String host) throws UnknownHostException {
                return guard.resolveCanonicalHostname(host);
            }
        });
    }

    private static InetAddress[] loopback(InetAddress... addresses) {
        for (InetAddress address : addresses) {
            if (!address.isLoopbackAddress()) {
                throw new AssertionError("The guard let " + address + " through; this test connects to loopback only");
            }
        }
        return addresses;
    }

    private String get(String url) {
        RestClient client = outbound.restClient().build();
        return client.get().uri(java.net.URI.create(url)).retrieve().body(String.class);
    }
}
