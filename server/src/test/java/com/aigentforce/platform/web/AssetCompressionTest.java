package com.aigentforce.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.support.ApiTestSupport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Built scripts and styles go out compressed when the browser accepts it (the build's .gz twins), as they are
 * to anyone else, with the year-long cache header either way. The fixture is test/resources/static/assets.
 */
class AssetCompressionTest extends ApiTestSupport {

    private static final String ASSET = "/assets/compression-probe.js";

    // java.net.http never decompresses by itself, so the bytes on the wire are what the test sees
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void gzipIsSentToBrowsersThatAcceptItAndUnpacksToTheFile() throws Exception {
        HttpResponse<byte[]> response = get("gzip");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.headers().allValues("Vary"))
                .anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("max-age=31536000", "immutable"));
        assertThat(gunzip(response.body())).isEqualTo(original());
        assertThat(response.body().length).isLessThan(original().length);
    }

    @Test
    void withoutAcceptEncodingTheFileItselfIsSent() throws Exception {
        HttpResponse<byte[]> response = get(null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(response.body()).isEqualTo(original());
    }

    private HttpResponse<byte[]> get(String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + ASSET));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] original() throws IOException {
        try (InputStream in = AssetCompressionTest.class.getResourceAsStream("/static" + ASSET)) {
            assertThat(in).as(ASSET).isNotNull();
            return in.readAllBytes();
        }
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }
}
