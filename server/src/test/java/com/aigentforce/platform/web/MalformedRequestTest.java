package com.aigentforce.platform.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.knowledge.support.Multipart;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import com.aigentforce.support.RawHttp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests the container or the multipart parser refuse — broken percent-escapes, malformed multipart bodies and
 * file names, oversized headers, TRACE — answer 4xx problems, and a refused upload stores nothing.
 */
class MalformedRequestTest extends ApiTestSupport {

    Fixtures.Org org;
    RawHttp raw;
    String knowledgeBase;

    @BeforeEach
    void setUp() {
        org = fixtures.organisation();
        raw = new RawHttp(port);
        knowledgeBase = api.post("/api/v1/knowledge-bases", Map.of("name", "KB"))
                .bearer(org.owner().accessToken())
                .send()
                .expect(201)
                .field("id");
    }

    @Test
    void brokenPercentEscapesInQueryPathAndFormAre400() {
        raw.send("GET", "/api/v1/users?q=%ZZ", auth()).expectProblem(400);
        raw.send("GET", "/api/v1/users?foo=%ZZ", auth()).expectProblem(400);
        raw.send("GET", "/api/v1/users/%ZZ", auth()).expectProblem(400);
        raw.send("GET", "/%ZZ", Map.of()).expectProblem(400);
        raw.send("POST", "/api/v1/teams", form(), "name=%ZZ".getBytes(UTF_8)).expectProblem(400);
        raw.send("PUT", "/api/v1/users/me", form(), "name=%ZZ".getBytes(UTF_8)).expectProblem(400);
    }

    @Test
    void oversizedHeadersAre431AndTraceIs405Problems() {
        Map<String, String> big = new LinkedHashMap<>(auth());
        big.put("X-Big", "a".repeat(20_000));
        var tooLarge = raw.send("GET", "/api/v1/users", big).expectProblem(431);
        assertThat(tooLarge.body().path("limitBytes").asInt()).isEqualTo(8192);
        raw.send("TRACE", "/api/v1/users", auth()).expectProblem(405);
        raw.send("TRACE", "/", Map.of()).expectProblem(405);
    }

    @Test
    void malformedUploadsAreRefusedAndStoreNothing() {
        String documents = "/api/v1/knowledge-bases/" + knowledgeBase + "/documents";
        Multipart good = new Multipart().file("file", "a.txt", "text/plain", "Sample".getBytes(UTF_8));
        byte[] whole = good.bytes();
        raw.send("POST", documents, multipart(good), Arrays.copyOf(whole, whole.length - 20))
                .expectProblem(400);
        assertRefused(documents, fileNamed("a\u0000b.txt"));
        assertRefused(documents, fileNamed("\u001b[31mred.txt"));
        assertRefused(documents, fileNamed("del\u007f.txt"));
        assertRefused(documents, fileNamed("c1\u0085.txt"));
        assertRefused(documents, disposition("filename*=UTF-8''%ZZ%E2"));
        assertRefused(documents, disposition("filename*=garbage"));
        assertRefused(documents, disposition("filename*=bogus-charset''a.txt"));
        var longName = raw.send("POST", documents, multipart(BOUNDARY), fileNamed("n".repeat(600) + ".txt"))
                .expectProblem(400);
        assertThat(longName.body().path("type").asString()).endsWith("/part-headers-too-large");
        assertThat(longName.body().path("limitBytes").asInt()).isEqualTo(512);

        String owner = org.owner().accessToken();
        assertThat(api.get(documents)
                        .bearer(owner)
                        .send()
                        .expect(200)
                        .body()
                        .path("total")
                        .asInt())
                .isZero();
        assertThat(api.get("/api/v1/knowledge-bases/usage")
                        .bearer(owner)
                        .send()
                        .expect(200)
                        .body()
                        .path("usedBytes")
                        .asLong())
                .isZero();
    }

    @Test
    void malformedNewVersionsAreRefusedAndStoreNothing() {
        Multipart first = new Multipart().file("file", "a.txt", "text/plain", "Sample".getBytes(UTF_8));
        String document = api.post("/api/v1/knowledge-bases/" + knowledgeBase + "/documents", first.bytes())
                .contentType(first.contentType())
                .bearer(org.owner().accessToken())
                .send()
                .expect(202)
                .field("id");
        String versions = "/api/v1/documents/" + document + "/versions";
        assertRefused(versions, fileNamed("a\u0000b.txt"));
        assertRefused(versions, disposition("filename*=UTF-8''%ZZ"));
        byte[] whole = first.bytes();
        raw.send("POST", versions, multipart(first), Arrays.copyOf(whole, whole.length / 2))
                .expectProblem(400);
        assertThat(api.get(versions)
                        .bearer(org.owner().accessToken())
                        .send()
                        .expect(200)
                        .body()
                        .size())
                .isEqualTo(1);
    }

    /** A well-formed file name is kept as sent (control characters are refused, never silently stripped). */
    @Test
    void ordinaryFileNamesAreKept() {
        Multipart upload = new Multipart().file("file", "Bericht – März.txt", "text/plain", "x".getBytes(UTF_8));
        var stored = api.post("/api/v1/knowledge-bases/" + knowledgeBase + "/documents", upload.bytes())
                .contentType(upload.contentType())
                .bearer(org.owner().accessToken())
                .send()
                .expect(202);
        assertThat(stored.field("fileName")).isEqualTo("Bericht – März.txt");
    }

    private void assertRefused(String path, byte[] body) {
        var response = raw.send("POST", path, multipart(BOUNDARY), body);
        assertThat(response.status()).as("%s -> %s", path, response.text()).isIn(400, 422);
        response.expectProblem(response.status());
    }

    private static final String BOUNDARY = "----guardboundary";

    private static byte[] fileNamed(String name) {
        return disposition("filename=\"" + name + "\"");
    }

    private static byte[] disposition(String fileParameter) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; " + fileParameter
                        + "\r\nContent-Type: text/plain\r\n\r\nSample\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(UTF_8);
    }

    private Map<String, String> multipart(Multipart multipart) {
        Map<String, String> headers = new LinkedHashMap<>(auth());
        headers.put("Content-Type", multipart.contentType());
        return headers;
    }

    private Map<String, String> multipart(String boundary) {
        Map<String, String> headers = new LinkedHashMap<>(auth());
        headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
        return headers;
    }

    private Map<String, String> form() {
        Map<String, String> headers = new LinkedHashMap<>(auth());
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        return headers;
    }

    private Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + org.owner().accessToken());
    }
}
