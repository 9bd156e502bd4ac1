package com.aigentforce.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aigentforce.support.Api;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Prompt templates over HTTP: versions, rendering with typed variables, the rules of a body, who may do what. */
class PromptTemplateApiTest extends ApiTestSupport {

    private static final String PATH = "/api/v1/prompt-templates";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PromptTemplates promptTemplates;

    private Fixtures.Org org;
    private String owner;

    @BeforeEach
    void setUp() {
        org = fixtures.organisation();
        owner = org.owner().accessToken();
    }

    @Test
    void everySaveIsANewVersionAndEarlierVersionsStayAsTheyWere() {
        String id = create(owner, definition("Greeting", "Hello {{who}}!", variable("who", "string", true)));
        JsonNode second = api.put(
                        PATH + "/" + id, definition("Greeting", "Hi {{who}}.", variable("who", "string", true)))
                .bearer(owner)
                .send()
                .expect(200)
                .body();
        assertThat(second.path("version").asInt()).isEqualTo(2);

        JsonNode latest =
                api.get(PATH + "/" + id).bearer(owner).send().expect(200).body();
        assertThat(latest.path("version").asInt()).isEqualTo(2);
        assertThat(latest.path("body").asString()).isEqualTo("Hi {{who}}.");
        assertThat(api.get(PATH + "/" + id + "/versions/1")
                        .bearer(owner)
                        .send()
                        .expect(200)
                        .field("body"))
                .isEqualTo("Hello {{who}}!");
        JsonNode history = api.get(PATH + "/" + id + "/versions")
                .bearer(owner)
                .send()
                .expect(200)
                .body();
        assertThat(history.path("total").asInt()).isEqualTo(2);
        assertThat(history.path("items").get(0).path("version").asInt()).isEqualTo(2);
        assertThat(history.path("items").get(1).path("version").asInt()).isEqualTo(1);
        api.get(PATH + "/" + id + "/versions/3").bearer(owner).send().expectProblem(404);

        assertThat(render(id, Map.of("variables", Map.of("who", "Ada")))
                        .path("text")
                        .asString())
                .isEqualTo("Hi Ada.");
        JsonNode pinned = render(id, Map.of("variables", Map.of("who", "Ada"), "version", 1));
        assertThat(pinned.path("text").asString()).isEqualTo("Hello Ada!");
        assertThat(pinned.path("version").asInt()).isEqualTo(1);

        // the database itself refuses to change a saved version
        assertThatThrownBy(() -> jdbc.update(
                        "update prompt_template_version set body = 'changed' where template_id = ?",
                        UUID.fromString(id)))
                .hasMessageContaining("immutable");

        JsonNode listed = api.get(PATH).bearer(owner).send().expect(200).body();
        assertThat(listed.path("total").asInt()).isEqualTo(1);
        assertThat(listed.path("items").get(0).path("version").asInt()).isEqualTo(2);
        assertThat(listed.path("items").get(0).path("variableCount").asInt()).isEqualTo(1);

        api.delete(PATH + "/" + id).bearer(owner).send().expect(204);
        api.get(PATH + "/" + id).bearer(owner).send().expectProblem(404);
        api.get(PATH + "/" + id + "/versions/1").bearer(owner).send().expectProblem(404);
        assertThat(awaitAuditEntry(owner, "prompt_template.deleted")
                        .path("targetId")
                        .asString())
                .isEqualTo(id);
    }

    @Test
    void renderingTypesValuesAppliesDefaultsAndCountsRealTokens() {
        String id = create(
                owner,
                definition(
                        "Support reply",
                        "Dear {{customer}}, about order {{order}}:{{#urgent}} URGENT.{{/urgent}} Tone: {{tone}}."
                                + "{{^notes}} No notes.{{/notes}}{{notes}}",
                        variable("customer", "string", true),
                        variable("order", "number", true),
                        variable("urgent", "boolean", false),
                        enumVariable("tone", List.of("warm", "formal"), "warm"),
                        variable("notes", "text", false)));
        JsonNode rendered = render(id, Map.of("variables", Map.of("customer", "Ada", "order", 42, "urgent", true)));
        String expected = "Dear Ada, about order 42: URGENT. Tone: warm. No notes.";
        assertThat(rendered.path("text").asString()).isEqualTo(expected);
        assertThat(rendered.path("tokenizer").asString()).isEqualTo("cl100k_base");
        assertThat(rendered.path("tokens").asInt())
                .isEqualTo(Encodings.newDefaultEncodingRegistry()
                        .getEncoding(EncodingType.CL100K_BASE)
                        .countTokens(expected))
                .isNotEqualTo(expected.length());

        JsonNode other = render(
                id,
                Map.of(
                        "variables",
                        Map.of("customer", "<Bob & Co>", "order", 2.50, "tone", "formal", "notes", " See {{x}}.")));
        // no HTML escaping, numbers in plain form, and a value is never parsed as a template
        assertThat(other.path("text").asString())
                .isEqualTo("Dear <Bob & Co>, about order 2.5: Tone: formal. See {{x}}.");
    }

    @Test
    void aRenderNamesEveryMissingUnknownAndMistypedVariable() {
        String id = create(
                owner,
                definition(
                        "Typed",
                        "{{name}} {{count}} {{#flag}}yes{{/flag}} {{tone}}",
                        variable("name", "string", true),
                        variable("count", "number", true),
                        variable("flag", "boolean", true),
                        enumVariable("tone", List.of("warm", "formal"), null)));
        Map<String, Object> values = new HashMap<>();
        values.put("count", "3");
        values.put("flag", "yes");
        values.put("tone", "rude");
        values.put("colour", "blue");
        JsonNode problem = api.post(PATH + "/" + id + "/render", Map.of("variables", values))
                .bearer(owner)
                .send()
                .expectProblem(422)
                .body();
        assertThat(errors(problem))
                .containsEntry("variables.name", "is required")
                .containsEntry("variables.count", "must be a number")
                .containsEntry("variables.flag", "must be true or false")
                .containsEntry("variables.tone", "must be one of: warm, formal")
                .containsEntry("variables.colour", "is not a variable of this template")
                .hasSize(5);
        api.post(PATH + "/" + id + "/render", Map.of("variables", Map.of("name", Map.of("nested", 1))))
                .bearer(owner)
                .send()
                .expectProblem(422);
        api.post(PATH + "/" + id + "/render", Map.of("variables", Map.of(), "version", 9))
                .bearer(owner)
                .send()
                .expectProblem(404);
    }

    @Test
    void aSaveNamesEveryProblemOfTheDefinition() {
        JsonNode problem = api.post(
                        PATH,
                        definition(
                                "Broken",
                                "{{undeclared}} {{n}} {{tone}} {{flag}}",
                                variable("unused", "string", false),
                                withDefault(variable("n", "number", false), "7"),
                                enumVariable("tone", List.of("a", "b"), "c"),
                                withDefault(variable("flag", "boolean", false), "true"),
                                variable("9bad", "string", false)))
                .bearer(owner)
                .send()
                .expectProblem(422)
                .body();
        Map<String, String> errors = errors(problem);
        assertThat(errors.get("body")).contains("'undeclared'");
        assertThat(errors.get("variables[0].name")).contains("never uses it");
        assertThat(errors.get("variables[1].default")).isEqualTo("must be a number");
        assertThat(errors.get("variables[2].default")).isEqualTo("must be one of: a, b");
        assertThat(errors.get("variables[3].default")).isEqualTo("must be true or false");
        assertThat(errors.get("variables[4].name")).startsWith("must be a letter");

        assertThat(errors(api.post(
                                        PATH,
                                        definition(
                                                "Unclosed",
                                                "{{#open}} never closed",
                                                variable("open", "boolean", false)))
                                .bearer(owner)
                                .send()
                                .expectProblem(422)
                                .body())
                        .get("body"))
                .startsWith("does not parse");
        assertThat(errors(api.post(PATH, definition("No options", "{{e}}", enumVariable("e", List.of(), null)))
                                .bearer(owner)
                                .send()
                                .expectProblem(422)
                                .body())
                        .get("variables[0].options"))
                .contains("at least one option");
        assertThat(errors(api.post(PATH, definition("Too long", "x".repeat(32_001)))
                                .bearer(owner)
                                .send()
                                .expectProblem(422)
                                .body())
                        .get("body"))
                .isEqualTo("must be at most 32000 characters");
        create(owner, definition("Taken", "plain"));
        api.post(PATH, definition("taken", "plain")).bearer(owner).send().expectProblem(409);
    }

    @Test
    void aTemplateCannotReadFilesOrCallMethods() {
        for (String body : List.of("{{>/etc/passwd}}", "{{> ../../pom.xml}}", "{{<parent}}{{/parent}}")) {
            JsonNode problem = api.post(PATH, definition(Fixtures.unique("Include"), body))
                    .bearer(owner)
                    .send()
                    .expectProblem(422)
                    .body();
            assertThat(errors(problem).get("body")).containsAnyOf("partials are not supported", "not supported");
        }
        // dotted names would reach into a value's methods; they are not declared variables
        JsonNode dotted = api.post(
                        PATH, definition("Dotted", "{{name.class}} {{name}}", variable("name", "string", false)))
                .bearer(owner)
                .send()
                .expectProblem(422)
                .body();
        assertThat(errors(dotted).get("body")).contains("'name.class'");
        // inside a section on a string, a name resolves to the declared variable, never to the string's getBytes()
        String id = create(
                owner,
                definition(
                        "Scoped",
                        "{{#name}}[{{bytes}}]{{/name}}",
                        variable("name", "string", false),
                        variable("bytes", "string", false)));
        assertThat(render(id, Map.of("variables", Map.of("name", "abc", "bytes", "B")))
                        .path("text")
                        .asString())
                .isEqualTo("[B]");
    }

    @Test
    void onlyTemplateHoldersMayManageAndAnotherOrganisationSeesNothing() {
        String id = create(owner, definition("Private", "Hello {{who}}", variable("who", "string", false)));
        var learner = fixtures.person(org, "LEARNER").session().accessToken();
        api.get(PATH).bearer(learner).send().expectProblem(403);
        api.post(PATH + "/" + id + "/render", Map.of("variables", Map.of()))
                .bearer(learner)
                .send()
                .expectProblem(403);
        var trainer = fixtures.person(org, "TRAINER").session().accessToken();
        api.put(PATH + "/" + id, definition("Private", "Hi {{who}}", variable("who", "string", false)))
                .bearer(trainer)
                .send()
                .expect(200);

        String stranger = fixtures.organisation().owner().accessToken();
        api.get(PATH + "/" + id).bearer(stranger).send().expectProblem(404);
        api.get(PATH + "/" + id + "/versions").bearer(stranger).send().expectProblem(404);
        api.get(PATH + "/" + id + "/versions/1").bearer(stranger).send().expectProblem(404);
        api.post(PATH + "/" + id + "/render", Map.of("variables", Map.of()))
                .bearer(stranger)
                .send()
                .expectProblem(404);
        api.put(PATH + "/" + id, definition("Mine", "x"))
                .bearer(stranger)
                .send()
                .expectProblem(404);
        api.delete(PATH + "/" + id).bearer(stranger).send().expectProblem(404);
        assertThat(api.get(PATH)
                        .bearer(stranger)
                        .send()
                        .expect(200)
                        .body()
                        .path("total")
                        .asInt())
                .isZero();
        assertThat(api.get(PATH + "/" + id).bearer(owner).send().expect(200).field("body"))
                .isEqualTo("Hi {{who}}");
    }

    @Test
    void theJavaApiRendersAPinnedOrTheLatestVersionOfTheGivenOrganisationOnly() {
        String id = create(owner, definition("Api", "v1 {{x}}", variable("x", "number", false)));
        api.put(PATH + "/" + id, definition("Api", "v2 {{x}}", variable("x", "number", false)))
                .bearer(owner)
                .send()
                .expect(200);
        UUID template = UUID.fromString(id);
        assertThat(promptTemplates
                        .render(org.tenantId(), template, null, Map.of("x", 1))
                        .text())
                .isEqualTo("v2 1");
        assertThat(promptTemplates.render(org.tenantId(), template, 1, Map.of()).text())
                .isEqualTo("v1 ");
        UUID otherTenant = fixtures.organisation().tenantId();
        assertThatThrownBy(() -> promptTemplates.render(otherTenant, template, null, Map.of()))
                .hasMessageContaining("was not found");
    }

    private String create(String token, Map<String, Object> definition) {
        JsonNode created =
                api.post(PATH, definition).bearer(token).send().expect(201).body();
        assertThat(created.path("version").asInt()).isEqualTo(1);
        return created.path("id").asString();
    }

    private JsonNode render(String id, Map<String, Object> request) {
        return api.post(PATH + "/" + id + "/render", request)
                .bearer(owner)
                .send()
                .expect(200)
                .body();
    }

    @SafeVarargs
    private static Map<String, Object> definition(String name, String body, Map<String, Object>... variables) {
        return Map.of("name", name, "description", "About " + name, "body", body, "variables", List.of(variables));
    }

    private static Map<String, Object> variable(String name, String type, boolean required) {
        Map<String, Object> variable = new HashMap<>();
        variable.put("name", name);
        variable.put("type", type);
        variable.put("required", required);
        return variable;
    }

    private static Map<String, Object> enumVariable(String name, List<String> options, String defaultValue) {
        Map<String, Object> variable = variable(name, "enum", false);
        variable.put("options", options);
        return withDefault(variable, defaultValue);
    }

    private static Map<String, Object> withDefault(Map<String, Object> variable, Object value) {
        if (value != null) {
            variable.put("default", value);
        }
        return variable;
    }

    private static Map<String, String> errors(JsonNode problem) {
        Map<String, String> errors = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            if (errors.put(error.path("field").asString(), error.path("message").asString()) != null) {
                repeated.add(error.path("field").asString());
            }
        }
        assertThat(repeated)
                .as("fields named twice in " + Api.json(problem.toString()))
                .isEmpty();
        return errors;
    }
}
