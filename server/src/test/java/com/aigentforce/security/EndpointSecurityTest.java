package com.aigentforce.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.knowledge.support.Multipart;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Walks every operation of the live OpenAPI document, so a new endpoint is covered the moment it exists: without
 * credentials it answers 401, to a person without its declared permission 403, and with another organisation's ids
 * 404 exactly like a missing object. An endpoint this test cannot exercise (no sample body or id fixture) fails it.
 */
class EndpointSecurityTest extends ApiTestSupport {

    /** Permissions every signed-in person holds; their endpoints cannot answer 403 to a signed-in caller. */
    private static final Set<String> SELF_SERVICE = Set.of("profile:read", "profile:write");

    /** A well-formed body for each operation that takes one (the checks must not stop at validation). */
    private static final Map<String, Object> SAMPLE_BODIES = Map.ofEntries(
            Map.entry(
                    "POST /api/v1/auth/register",
                    Map.of("organizationName", "x", "name", "x", "email", "x@x.test", "password", "x")),
            Map.entry("POST /api/v1/auth/login", Map.of("email", "x@x.test", "password", "x")),
            Map.entry("POST /api/v1/auth/refresh", Map.of("refreshToken", "x")),
            Map.entry("POST /api/v1/auth/invitations/accept", Map.of("token", "x", "password", "x")),
            Map.entry("POST /api/v1/auth/password-reset", Map.of("email", "sample@example.test")),
            Map.entry("POST /api/v1/auth/password-reset/confirm", Map.of("token", "x", "password", "x")),
            Map.entry("PUT /api/v1/users/me", Map.of("name", "Renamed")),
            Map.entry("POST /api/v1/users/me/password", Map.of("currentPassword", "x", "newPassword", "y")),
            Map.entry("POST /api/v1/users", Map.of("email", "new@x.test", "name", "New", "roles", List.of("LEARNER"))),
            Map.entry("PUT /api/v1/users/{id}", Map.of("name", "Renamed")),
            Map.entry("PUT /api/v1/users/{id}/roles", Map.of("roles", List.of("LEARNER"))),
            Map.entry("POST /api/v1/roles", Map.of("name", "Sample role", "permissions", List.of())),
            Map.entry("PUT /api/v1/roles/{id}", Map.of("name", "Sample role 2", "permissions", List.of())),
            Map.entry("POST /api/v1/teams", Map.of("name", "Sample team")),
            Map.entry("PUT /api/v1/teams/{id}", Map.of("name", "Sample team 2")),
            Map.entry("PUT /api/v1/teams/{id}/members", Map.of("members", List.of())),
            Map.entry("PUT /api/v1/tenant/rate-limit", Map.of("requestsPerMinute", 1000)),
            Map.entry("POST /api/v1/auth/mfa/verify", Map.of("mfaToken", "x", "code", "123456")),
            Map.entry("POST /api/v1/auth/mfa/enrollment", Map.of("mfaToken", "x")),
            Map.entry("POST /api/v1/auth/mfa/enrollment/confirm", Map.of("mfaToken", "x", "code", "123456")),
            Map.entry("POST /api/v1/auth/mfa/totp/confirm", Map.of("code", "123456")),
            Map.entry("DELETE /api/v1/auth/mfa/totp", Map.of("password", "x")),
            Map.entry("PUT /api/v1/auth/mfa/policy", Map.of("requiredRoles", List.of())),
            Map.entry("POST /api/v1/api-keys", Map.of("name", "Sample key", "permissions", List.of("kb:read"))),
            Map.entry("POST /api/v1/knowledge-bases", Map.of("name", "Sample knowledge base")),
            Map.entry("PUT /api/v1/knowledge-bases/{id}", Map.of("name", "Sample knowledge base 2")),
            Map.entry("PUT /api/v1/knowledge-bases/{id}/embedding-model", Map.of("provider", "builtin")),
            Map.entry("POST /api/v1/knowledge-base/search", Map.of("q", "sample")),
            Map.entry("PATCH /api/v1/documents/{id}", Map.of("title", "Sample title")),
            Map.entry(
                    "POST /api/v1/knowledge-bases/{id}/documents/import",
                    Map.of("url", "http://127.0.0.1:9/sample.txt")),
            Map.entry("POST /api/v1/documents/{id}/versions/import", Map.of("url", "http://127.0.0.1:9/sample.txt")),
            Map.entry("POST /api/v1/ai/providers", sampleProvider("Sample provider")),
            Map.entry("PUT /api/v1/ai/providers/{id}", sampleProvider("Sample provider 2")),
            Map.entry("PUT /api/v1/ai/providers/{id}/models", Map.of("name", "sample-model")),
            Map.entry("POST /api/v1/documents/analyze", Map.of("text", "A sample text.")),
            Map.entry("POST /api/v1/prompt-templates", Map.of("name", "Sample template", "body", "Hello")),
            Map.entry("PUT /api/v1/prompt-templates/{id}", Map.of("name", "Sample template 2", "body", "Hi")),
            Map.entry("POST /api/v1/prompt-templates/{id}/render", Map.of("variables", Map.of())));

    private static Map<String, Object> sampleProvider(String name) {
        return Map.of("name", name, "kind", "openai", "baseUrl", "http://127.0.0.1:9/v1");
    }

    @Test
    void everyOperationDeclaresAPermissionOrThatItIsPublic() {
        List<String> undeclared = new ArrayList<>();
        forEachOperation((method, path, op) -> {
            if (!op.has("x-permission") && !op.path("x-public").asBoolean(false)) {
                undeclared.add(method + " " + path);
            }
        });
        assertThat(undeclared).isEmpty();
    }

    @Test
    void everyProtectedOperationAnswers401WithoutCredentials() {
        List<String> checked = new ArrayList<>();
        forEachOperation((method, path, op) -> {
            if (op.path("x-public").asBoolean(false)) {
                return;
            }
            String concrete = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            api.method(method, concrete, body(method, path)).send().expectProblem(401);
            api.method(method, concrete, body(method, path))
                    .bearer("not-a-token")
                    .send()
                    .expectProblem(401);
            checked.add(method + " " + path);
        });
        assertThat(checked).hasSizeGreaterThan(15);
    }

    @Test
    void everyOperationAnswers403ToAPersonWithoutItsPermission() {
        var org = fixtures.organisation();
        api.post("/api/v1/roles", Map.of("name", "Nothing", "permissions", List.of()))
                .bearer(org.owner().accessToken())
                .send()
                .expect(201);
        var powerless = fixtures.person(org, "Nothing");
        Ids ids = idsIn(org);
        List<String> checked = new ArrayList<>();
        forEachOperation((method, path, op) -> {
            String permission = op.path("x-permission").asString("");
            if (permission.isEmpty() || SELF_SERVICE.contains(permission)) {
                return;
            }
            api.method(method, ids.fill(path), body(method, path))
                    .bearer(powerless.session().accessToken())
                    .send()
                    .expectProblem(403);
            checked.add(method + " " + path);
        });
        assertThat(checked).hasSizeGreaterThan(15);
    }

    @Test
    void everyOperationOnAnotherOrganisationsObjectAnswers404() {
        var victim = fixtures.organisation();
        Ids victimIds = idsIn(victim);
        var attacker = fixtures.organisation();
        List<String> checked = new ArrayList<>();
        forEachOperation((method, path, op) -> {
            if (!path.contains("{") || op.path("x-public").asBoolean(false)) {
                return;
            }
            api.method(method, victimIds.fill(path), body(method, path))
                    .bearer(attacker.owner().accessToken())
                    .send()
                    .expectProblem(404);
            checked.add(method + " " + path);
        });
        assertThat(checked).hasSizeGreaterThan(8);
        // and nothing of the victim's changed: its person, role and team are intact
        var owner = victim.owner().accessToken();
        assertThat(api.get("/api/v1/users/" + victimIds.user)
                        .bearer(owner)
                        .send()
                        .expect(200)
                        .field("status"))
                .isEqualTo("active");
        api.get("/api/v1/roles/" + victimIds.role).bearer(owner).send().expect(200);
        api.get("/api/v1/teams/" + victimIds.team).bearer(owner).send().expect(200);
        api.get("/api/v1/users/me").bearer(owner).send().expect(200); // the victim's session is still open
        assertThat(api.get("/api/v1/api-keys")
                        .bearer(owner)
                        .send()
                        .expect(200)
                        .body()
                        .path("items")
                        .get(0)
                        .path("revokedAt")
                        .isNull())
                .isTrue();
    }

    private Ids idsIn(Fixtures.Org org) {
        var person = fixtures.person(org, "LEARNER");
        String role = api.post(
                        "/api/v1/roles", Map.of("name", Fixtures.unique("Role"), "permissions", List.of("kb:read")))
                .bearer(org.owner().accessToken())
                .send()
                .expect(201)
                .field("id");
        String team = api.post("/api/v1/teams", Map.of("name", Fixtures.unique("Team")))
                .bearer(org.owner().accessToken())
                .send()
                .expect(201)
                .field("id");
        String apiKey = api.post("/api/v1/api-keys", Map.of("name", "Sample key", "permissions", List.of("kb:read")))
                .bearer(org.owner().accessToken())
                .send()
                .expect(201)
                .field("id");
        String knowledgeBase = api.post("/api/v1/knowledge-bases", Map.of("name", Fixtures.unique("KB")))
                .bearer(org.owner().accessToken())
                .send()
                .expect(201)
                .field("id");
        Multipart upload = new Multipart().file("file", "a.txt", "text/plain", "Sample".getBytes(UTF_8));
        String document = api.post("/api/v1/knowledge-bases/" + knowledgeBase + "/documents", upload.bytes())
                .contentType(upload.contentType())
                .bearer(org.owner().accessToken())
                .send()
                .expect(202)
                .field("id");
        String indexRebuild = api.post("/api/v1/knowledge-base/index/rebuild", null)
                .bearer(org.owner().accessToken())
                .send()
                .expect(202)
                .field("id");
        String aiProvider = api.post("/api/v1/ai/providers", sampleProvider(Fixtures.unique("Provider")))
                .bearer(org.owner().accessToken())
                .send()
                .expect(201)
                .field("id");
        String promptTemplate = api.post(
                        "/api/v1/prompt-templates", Map.of("name", Fixtures.unique("Template"), "body", "Hello"))
                .bearer(org.owner().accessToken())
                .send()
                .expect(201)
                .field("id");
        String session = api.get("/api/v1/auth/sessions")
                .bearer(org.owner().accessToken())
                .send()
                .expect(200)
                .body()
                .get(0)
                .path("id")
                .asString();
        return new Ids(
                person.id().toString(),
                role,
                team,
                apiKey,
                knowledgeBase,
                document,
                indexRebuild,
                aiProvider,
                session,
                promptTemplate);
    }

    private record Ids(
            String user,
            String role,
            String team,
            String apiKey,
            String knowledgeBase,
            String document,
            String indexRebuild,
            String aiProvider,
            String session,
            String promptTemplate) {
        String fill(String path) {
            if (!path.contains("{")) {
                return path;
            }
            path = path.replace("{number}", "1");
            String resource = path.replaceFirst("^/api/v1/([^/]+)/.*$", "$1");
            String id = switch (resource) {
                case "users" -> user;
                case "roles" -> role;
                case "teams" -> team;
                case "api-keys" -> apiKey;
                case "knowledge-bases" -> knowledgeBase;
                case "documents" -> document;
                case "knowledge-base" -> indexRebuild;
                case "ai" -> aiProvider;
                case "auth" -> session; // the only id below /auth: a signed-in session
                case "prompt-templates" -> promptTemplate;
                default -> throw new AssertionError("No id fixture for " + path + "; add one to EndpointSecurityTest");
            };
            return path.replaceAll("\\{[^}]+}", id);
        }
    }

    private static Object body(String method, String path) {
        String key = method + " " + path;
        if (SAMPLE_BODIES.containsKey(key)) {
            return SAMPLE_BODIES.get(key);
        }
        return null;
    }

    private interface OperationVisitor {
        void visit(String method, String path, JsonNode operation);
    }

    private void forEachOperation(OperationVisitor visitor) {
        JsonNode paths = api.get("/v3/api-docs").send().expect(200).body().path("paths");
        List<String> missingBodies = new ArrayList<>();
        for (var path : paths.propertyNames()) {
            if (!path.startsWith("/api/")) {
                continue;
            }
            JsonNode item = paths.path(path);
            for (var method : item.propertyNames()) {
                JsonNode operation = item.path(method);
                String verb = method.toUpperCase();
                if (operation.path("requestBody").path("required").asBoolean(false) && body(verb, path) == null) {
                    missingBodies.add(verb + " " + path);
                    continue;
                }
                visitor.visit(verb, path, operation);
            }
        }
        assertThat(missingBodies)
                .as("operations without a sample body in EndpointSecurityTest")
                .isEmpty();
    }
}
