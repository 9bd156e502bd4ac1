package com.aigentforce.platform;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.knowledge.support.Multipart;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import com.aigentforce.support.RawHttp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks every operation of the live OpenAPI document as an organisation's owner (who holds every permission) and
 * sends it malformed input: broken percent-escapes in path and query, invalid ids, wrong types, huge and negative
 * numbers, missing and unknown fields, empty and truncated bodies, wrong content types, multipart where JSON is
 * expected and JSON where multipart is. No answer may be a 5xx, and every error must be a problem. A new endpoint is
 * covered the moment it exists.
 */
class MalformedInputGuardTest extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HUGE = "99999999999999999999999";

    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void noOperationAnswersMalformedInputWithA5xxOrANonProblem() {
        var org = fixtures.organisation();
        Map<String, String> ids = idsIn(org);
        RawHttp raw = new RawHttp(port);
        JsonNode docs = api.get("/v3/api-docs").send().expect(200).body();
        JsonNode paths = docs.path("paths");
        int operations = 0;
        for (String path : paths.propertyNames()) {
            if (!path.startsWith("/api/")) {
                continue;
            }
            for (String method : paths.path(path).propertyNames()) {
                JsonNode operation = paths.path(path).path(method);
                // a fresh session each time: an operation may end the one before (sign-out, role changes)
                String token =
                        fixtures.login(org.ownerEmail(), Fixtures.PASSWORD).accessToken();
                new Probe(raw, method.toUpperCase(), path, operation, docs, ids, token).run();
                operations++;
            }
        }
        assertThat(operations).isGreaterThan(40);
        assertThat(sent).isGreaterThan(operations * 10);
        assertThat(failures)
                .as("responses to malformed input that are 5xx or not problems")
                .isEmpty();
    }

    private final class Probe {
        private final RawHttp raw;
        private final String method;
        private final String template;
        private final JsonNode operation;
        private final JsonNode docs;
        private final Map<String, String> ids;
        private final String token;

        Probe(
                RawHttp raw,
                String method,
                String template,
                JsonNode operation,
                JsonNode docs,
                Map<String, String> ids,
                String token) {
            this.raw = raw;
            this.method = method;
            this.template = template;
            this.operation = operation;
            this.docs = docs;
            this.ids = ids;
            this.token = token;
        }

        void run() {
            String path = fill(template, null);
            // the path: invalid ids, broken escapes, huge and negative numbers
            if (template.contains("{")) {
                for (String bad : List.of("not-a-uuid", "%ZZ", "%", "-1", HUGE, "%00", "%C0%AF", "a%2Fb", "..")) {
                    send(fill(template, bad), null, null);
                }
            }
            // the query string: broken escapes, unknown parameters, and each declared one with bad values
            for (String query : List.of("?%ZZ=1", "?x=%ZZ", "?x=%E2%82", "?unknown=1&&=&==", "?page=-1&size=" + HUGE)) {
                send(path + query, null, null);
            }
            for (JsonNode parameter : operation.path("parameters")) {
                if (!"query".equals(parameter.path("in").asString())) {
                    continue;
                }
                String name = parameter.path("name").asString();
                for (String bad : List.of("abc", "-1", HUGE, "%ZZ", "", "1.5", "true")) {
                    send(path + "?" + name + "=" + bad, null, null);
                }
            }
            // the body: what a JSON operation and a multipart one must both refuse cleanly
            String json = "application/json";
            for (String body : List.of(
                    "",
                    "{",
                    "{\"a\":",
                    "null",
                    "[]",
                    "\"text\"",
                    "{}",
                    "{\"unexpected\":1}",
                    "[".repeat(5000),
                    "{\"a\":1e999999}")) {
                send(path, json, body.getBytes(UTF_8));
            }
            ObjectNode schema = bodySchema();
            if (schema != null) {
                send(path, json, wrongTypes(schema, false));
                send(path, json, wrongTypes(schema, true));
            }
            send(path, "text/plain", "name=x".getBytes(UTF_8));
            send(path, "application/xml", "<a/>".getBytes(UTF_8));
            send(path, "application/x-www-form-urlencoded", "a=%ZZ&b=%".getBytes(UTF_8));
            send(path, "application/json; charset=bogus", "{}".getBytes(UTF_8));
            Multipart multipart = new Multipart()
                    .file("file", "a.txt", "text/plain", "Sample".getBytes(UTF_8))
                    .field("name", "x");
            send(path, multipart.contentType(), multipart.bytes());
            byte[] whole = multipart.bytes();
            send(path, multipart.contentType(), java.util.Arrays.copyOf(whole, whole.length / 2));
            send(path, "multipart/form-data", whole); // no boundary
            send(path, "multipart/form-data; boundary=x", "{}".getBytes(UTF_8));
        }

        private void send(String target, String contentType, byte[] body) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Authorization", "Bearer " + token);
            headers.put("Accept", "application/json");
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            RawHttp.Response response = raw.send(method, target, headers, body);
            sent++;
            boolean problem = response.contentType().startsWith("application/problem+json");
            if (response.status() >= 500 || (response.status() >= 400 && !problem)) {
                String shown = response.text().length() > 300 ? response.text().substring(0, 300) : response.text();
                failures.add(method + " " + target + " [" + contentType + "] -> " + response.status() + " "
                        + response.contentType() + " " + shown);
            }
        }

        /** The template with each {param} replaced: by {@code bad} when given, else by a fixture id. */
        private String fill(String path, String bad) {
            String resource = path.replaceFirst("^/api/v1/([^/]+)/.*$", "$1");
            StringBuilder filled = new StringBuilder();
            var matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
            while (matcher.find()) {
                String value = bad != null
                        ? bad
                        : matcher.group(1).equals("number")
                                ? "1"
                                : ids.getOrDefault(resource, UUID.randomUUID().toString());
                matcher.appendReplacement(filled, java.util.regex.Matcher.quoteReplacement(value));
            }
            matcher.appendTail(filled);
            return filled.toString();
        }

        private ObjectNode bodySchema() {
            JsonNode schema = operation
                    .path("requestBody")
                    .path("content")
                    .path("application/json")
                    .path("schema");
            schema = resolve(schema);
            return schema instanceof ObjectNode object && object.has("properties") ? object : null;
        }

        private JsonNode resolve(JsonNode schema) {
            String ref = schema.path("$ref").asString("");
            return ref.startsWith("#/components/schemas/")
                    ? docs.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()))
                    : schema;
        }

        /** Every declared field with a value of the wrong type, or with an out-of-range one. */
        private byte[] wrongTypes(ObjectNode schema, boolean outOfRange) {
            ObjectNode body = JSON.createObjectNode();
            for (String field : schema.path("properties").propertyNames()) {
                JsonNode property = resolve(schema.path("properties").path(field));
                String type = property.path("type").asString(property.has("properties") ? "object" : "string");
                switch (type) {
                    case "integer", "number" -> {
                        if (outOfRange) {
                            body.put(field, new java.math.BigInteger(HUGE));
                        } else {
                            body.put(field, "not-a-number");
                        }
                    }
                    case "boolean" -> body.put(field, outOfRange ? "yes" : "maybe");
                    case "array" -> {
                        if (outOfRange) {
                            body.putArray(field).add(-1).add(HUGE).addNull();
                        } else {
                            body.put(field, "not-an-array");
                        }
                    }
                    case "object" -> body.putArray(field).add(1);
                    default -> {
                        if (outOfRange) {
                            body.put(field, "x".repeat(20_000) + "\u0000\u001b[31m");
                        } else {
                            body.putObject(field).put("nested", true);
                        }
                    }
                }
            }
            return JSON.writeValueAsBytes(body);
        }
    }

    /** One object of each kind the paths name, owned by the organisation, keyed by the path's first segment. */
    private Map<String, String> idsIn(Fixtures.Org org) {
        String owner = org.owner().accessToken();
        String role = api.post(
                        "/api/v1/roles", Map.of("name", Fixtures.unique("Role"), "permissions", List.of("kb:read")))
                .bearer(owner)
                .send()
                .expect(201)
                .field("id");
        String team = api.post("/api/v1/teams", Map.of("name", Fixtures.unique("Team")))
                .bearer(owner)
                .send()
                .expect(201)
                .field("id");
        String apiKey = api.post("/api/v1/api-keys", Map.of("name", "Sample key", "permissions", List.of("kb:read")))
                .bearer(owner)
                .send()
                .expect(201)
                .field("id");
        String knowledgeBase = api.post("/api/v1/knowledge-bases", Map.of("name", Fixtures.unique("KB")))
                .bearer(owner)
                .send()
                .expect(201)
                .field("id");
        Multipart upload = new Multipart().file("file", "a.txt", "text/plain", "Sample".getBytes(UTF_8));
        String document = api.post("/api/v1/knowledge-bases/" + knowledgeBase + "/documents", upload.bytes())
                .contentType(upload.contentType())
                .bearer(owner)
                .send()
                .expect(202)
                .field("id");
        String promptTemplate = api.post(
                        "/api/v1/prompt-templates", Map.of("name", Fixtures.unique("Template"), "body", "Hello"))
                .bearer(owner)
                .send()
                .expect(201)
                .field("id");
        String person = fixtures.person(org, "LEARNER").id().toString();
        // no AI provider: its connection test (no body to refuse) would reach the provider, and an unreachable one
        // rightly answers 502 ai-provider-failed; /ai/... paths get unknown ids, so only the input is judged
        return Map.of(
                "users", person,
                "roles", role,
                "teams", team,
                "api-keys", apiKey,
                "knowledge-bases", knowledgeBase,
                "documents", document,
                "prompt-templates", promptTemplate);
    }
}
