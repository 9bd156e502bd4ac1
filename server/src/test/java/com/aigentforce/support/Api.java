package com.aigentforce.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the API under test: real HTTP, JSON in and out. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public Request get(String path) {
        return new Request("GET", path, null);
    }

    public Request post(String path, Object body) {
        return new Request("POST", path, body);
    }

    public Request put(String path, Object body) {
        return new Request("PUT", path, body);
    }

    public Request delete(String path) {
        return new Request("DELETE", path, null);
    }

    public Request method(String method, String path, Object body) {
        return new Request(method, path, body);
    }

    public static String json(Object value) {
        return value instanceof String s ? s : JSON.writeValueAsString(value);
    }

    public final class Request {
        private final String method;
        private final String path;
        private final Object body;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String contentType = "application/json";

        Request(String method, String path, Object body) {
            this.method = method;
            this.path = path;
            this.body = body;
        }

        public Request bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Request contentType(String value) {
            this.contentType = value;
            return this;
        }

        public Response send() {
            HttpRequest.Builder builder =
                    HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
            headers.forEach(builder::header);
            if (body == null) {
                builder.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                builder.header("Content-Type", contentType);
                builder.method(
                        method,
                        body instanceof byte[] bytes
                                ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                                : HttpRequest.BodyPublishers.ofString(json(body)));
            }
            try {
                HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                return new Response(response);
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static final class Response {
        private final HttpResponse<String> raw;
        private JsonNode body;

        Response(HttpResponse<String> raw) {
            this.raw = raw;
        }

        public int status() {
            return raw.statusCode();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public java.util.List<String> headers(String name) {
            return raw.headers().allValues(name);
        }

        public String text() {
            return raw.body();
        }

        public JsonNode body() {
            if (body == null) {
                body = raw.body() == null || raw.body().isEmpty() ? JSON.nullNode() : JSON.readTree(raw.body());
            }
            return body;
        }

        public String field(String name) {
            return body().path(name).asString();
        }

        /** Asserts the status, showing the body when it differs. */
        public Response expect(int status) {
            assertThat(status())
                    .as("%s -> %s", raw.request().method() + " " + raw.request().uri(), raw.body())
                    .isEqualTo(status);
            return this;
        }

        /** Asserts an RFC 9457 problem response with this status. */
        public Response expectProblem(int status) {
            expect(status);
            assertThat(header("Content-Type")).startsWith("application/problem+json");
            assertThat(body().path("status").asInt()).isEqualTo(status);
            assertThat(body().path("type").asString()).startsWith("https://aigentforce.dev/problems/");
            assertThat(body().path("detail").asString()).isNotBlank();
            return this;
        }
    }
}
