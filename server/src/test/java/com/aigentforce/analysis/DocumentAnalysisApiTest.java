package com.aigentforce.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.aigentforce.knowledge.support.Multipart;
import com.aigentforce.support.Api;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures.Org;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * POST /api/v1/documents/analyze over real HTTP with the committed models: known answers for the patterns, properties
 * for the models (offsets point at the quoted text, types and labels from the documented sets), languages of clear
 * samples, limits and bad input as problems, and the permission.
 */
class DocumentAnalysisApiTest extends ApiTestSupport {

    private static final String PATH = "/api/v1/documents/analyze";
    private static final Set<String> TYPES = Set.of(
            "person",
            "organization",
            "location",
            "product",
            "creative_work",
            "group",
            "email",
            "url",
            "phone",
            "money",
            "percent",
            "datetime");

    private Org org;
    private String token;

    @BeforeEach
    void signIn() {
        org = fixtures.organisation();
        token = fixtures.person(org, "TRAINER").session().accessToken();
    }

    private JsonNode analyze(String text, List<String> tasks) {
        Map<String, Object> body = tasks == null ? Map.of("text", text) : Map.of("text", text, "tasks", tasks);
        return api.post(PATH, body).bearer(token).send().expect(200).body();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    @Test
    void patternsFindContactDetailsAmountsAndDatesAtTheirExactOffsets() {
        String text = "Write to anna.berg@example.com or call +49 30 1234 5678 before 2026-03-15 14:30. "
                + "The deal is worth $4.5 million, up 12.5% since March 3, 2025, see https://example.org/deal.";
        JsonNode analysis = analyze(text, List.of("entities"));
        List<JsonNode> patterns = list(analysis.path("entities")).stream()
                .filter(e -> e.path("source").asString().equals("pattern"))
                .toList();
        assertThat(patterns)
                .extracting(e -> e.path("type").asString(), e -> e.path("text").asString())
                .containsExactly(
                        tuple("email", "anna.berg@example.com"),
                        tuple("phone", "+49 30 1234 5678"),
                        tuple("datetime", "2026-03-15 14:30"),
                        tuple("money", "$4.5 million"),
                        tuple("percent", "12.5%"),
                        tuple("datetime", "March 3, 2025"),
                        tuple("url", "https://example.org/deal"));
        assertThat(patterns.get(0).path("normalized").asString()).isEqualTo("anna.berg@example.com");
        assertThat(patterns.get(1).path("normalized").asString()).isEqualTo("+493012345678");
        assertOffsetsPointAtTheText(text, analysis.path("entities"));
    }

    @Test
    void theNameFinderMarksNamesWithTypesFromTheDocumentedSet() {
        String text = "Barack Obama met Angela Merkel in Berlin on Tuesday. "
                + "Later @elonmusk said Tesla and Microsoft would open offices in London and Paris.";
        JsonNode entities = analyze(text, List.of("entities")).path("entities");
        List<JsonNode> model = list(entities).stream()
                .filter(e -> e.path("source").asString().equals("model"))
                .toList();
        assertThat(model).isNotEmpty();
        assertThat(model).allSatisfy(e -> {
            assertThat(e.path("type").asString())
                    .isIn("person", "organization", "location", "product", "creative_work", "group");
            assertThat(e.path("confidence").asDouble()).isBetween(0.0, 1.0);
        });
        assertThat(model)
                .extracting(e -> e.path("text").asString())
                .containsAnyOf("Barack Obama", "Angela Merkel", "Obama", "Merkel");
        assertOffsetsPointAtTheText(text, entities);
    }

    @Test
    void clearEnglishGermanAndFrenchSamplesAreRecognised() {
        assertThat(language("The committee will publish its annual report on the state of the economy next week,"
                        + " and the minister is expected to answer questions from journalists."))
                .isEqualTo("en");
        assertThat(language("Der Ausschuss wird nächste Woche seinen Jahresbericht über die Lage der Wirtschaft"
                        + " veröffentlichen, und die Ministerin wird Fragen der Journalisten beantworten."))
                .isEqualTo("de");
        assertThat(language("Le comité publiera la semaine prochaine son rapport annuel sur l'état de l'économie,"
                        + " et la ministre répondra aux questions des journalistes."))
                .isEqualTo("fr");
    }

    private String language(String text) {
        JsonNode language = analyze(text, List.of("language")).path("language");
        assertThat(language.path("confidence").asDouble()).isBetween(0.0, 1.0);
        return language.path("code").asString();
    }

    @Test
    void sentimentIsGivenForTheDocumentAndEachSentence() {
        String text = "I love this phone, the screen is excellent and it works great. "
                + "The support was terrible, rude and a complete waste of time.";
        JsonNode sentiment = analyze(text, List.of("sentiment")).path("sentiment");
        List<JsonNode> sentences = list(sentiment.path("sentences"));
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0).path("label").asString()).isEqualTo("positive");
        assertThat(sentences.get(1).path("label").asString()).isEqualTo("negative");
        assertThat(text.substring(
                        sentences.get(1).path("start").asInt(),
                        sentences.get(1).path("end").asInt()))
                .isEqualTo("The support was terrible, rude and a complete waste of time.");
        assertThat(sentiment.path("label").asString()).isIn("positive", "neutral", "negative");
        assertThat(sentiment.path("score").asDouble()).isBetween(-1.0, 1.0);
        assertThat(analyze("Absolutely wonderful, I loved every minute and would recommend it.", List.of("sentiment"))
                        .path("sentiment")
                        .path("label")
                        .asString())
                .isEqualTo("positive");
    }

    @Test
    void keyPhrasesAndTheSummaryComeFromTheText() {
        String text = "Solar panels convert sunlight into electricity. Modern solar panels reach an efficiency of"
                + " over twenty percent. Battery storage keeps the electricity for the night. The weather was"
                + " pleasant on Sunday. Cheap battery storage and efficient solar panels make homes independent of"
                + " the grid.";
        JsonNode analysis = analyze(text, null);
        List<JsonNode> phrases = list(analysis.path("keyPhrases"));
        assertThat(phrases).isNotEmpty();
        // RAKE keeps whole runs of content words: the repeated terms appear inside the top phrases
        assertThat(phrases)
                .extracting(p -> p.path("text").asString().toLowerCase())
                .anySatisfy(p -> assertThat(p).contains("solar panels"))
                .anySatisfy(p -> assertThat(p).contains("battery storage"));
        assertThat(phrases.getFirst().path("score").asDouble())
                .isGreaterThanOrEqualTo(phrases.getLast().path("score").asDouble());
        assertThat(phrases)
                .allSatisfy(p ->
                        assertThat(text).containsIgnoringCase(p.path("text").asString()));
        String summary = analysis.path("summary").path("text").asString();
        assertThat(analysis.path("summary").path("method").asString()).isEqualTo("extractive");
        assertThat(summary).isNotBlank().doesNotContain("The weather was pleasant on Sunday.");
        for (String sentence : summary.split("(?<=\\.) ")) {
            assertThat(text).contains(sentence);
        }
        assertThat(analysis.path("models").propertyNames())
                .contains("language", "entities", "sentiment", "keyPhrases", "summary");
        assertThat(analysis.path("createdAt").asString()).isNotBlank();
    }

    @Test
    void onlyTheTasksAskedForAreComputed() {
        JsonNode analysis = analyze("Paris is lovely in spring.", List.of("language", "keyPhrases"));
        assertThat(analysis.path("language").isObject()).isTrue();
        assertThat(analysis.path("keyPhrases").isArray()).isTrue();
        assertThat(analysis.path("entities").isNull()).isTrue();
        assertThat(analysis.path("sentiment").isNull()).isTrue();
        assertThat(analysis.path("summary").isNull()).isTrue();
        assertThat(analysis.path("models").propertyNames()).containsExactlyInAnyOrder("language", "keyPhrases");
    }

    @Test
    void loadedModelsAreReportedInTheActuatorInfo() {
        analyze("Angela Merkel visited Paris and loved it.", List.of("entities", "sentiment", "language"));
        JsonNode models = api.get("/actuator/info").send().expect(200).body().path("analysisModels");
        for (String version : List.of("ner-en-1", "sentiment-en-1", "langdetect-183")) {
            assertThat(models.path(version).path("loaded").asBoolean())
                    .as(version)
                    .isTrue();
            assertThat(models.path(version).path("fileBytes").asLong())
                    .as(version)
                    .isPositive();
        }
    }

    @Test
    void aFileIsAnalysedWithOffsetsIntoItsExtractedText() {
        String text = "Contact sales@example.com about the order.\n\nWe are very happy with the service.";
        JsonNode analysis = upload(new Multipart()
                        .file("file", "note.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8))
                        .field("tasks", "entities,sentiment"))
                .expect(200)
                .body();
        JsonNode email = list(analysis.path("entities")).stream()
                .filter(e -> e.path("type").asString().equals("email"))
                .findFirst()
                .orElseThrow();
        assertThat(email.path("text").asString()).isEqualTo("sales@example.com");
        assertThat(text.substring(email.path("start").asInt(), email.path("end").asInt()))
                .isEqualTo("sales@example.com");
        assertThat(analysis.path("sentiment").path("sentences")).hasSize(2);
        // a form feed between pages is extraction's, not binary data
        upload(new Multipart()
                        .file(
                                "file",
                                "pages.txt",
                                "text/plain",
                                "Page one text.\fPage two text.".getBytes(StandardCharsets.UTF_8)))
                .expect(200);
    }

    @Test
    void badInputIsAClearProblem() {
        api.post(PATH, Map.of("text", "")).bearer(token).send().expectProblem(422);
        api.post(PATH, Map.of("text", "   \n ")).bearer(token).send().expectProblem(422);
        api.post(PATH, Map.of("text", "word ".repeat(30_000)))
                .bearer(token)
                .send()
                .expectProblem(413)
                .body()
                .path("limit");
        api.post(PATH, Map.of("text", "x".repeat(10 * 1024 * 1024)))
                .bearer(token)
                .send()
                .expectProblem(413);
        api.post(PATH, Map.of("text", "PK\u0003\u0004\u0000\u0000binary\u0001\u0002"))
                .bearer(token)
                .send()
                .expectProblem(422);
        api.post(PATH, Map.of("text", "Fine text.", "tasks", List.of("telepathy")))
                .bearer(token)
                .send()
                .expectProblem(422);
        api.post(PATH, Map.of("tasks", List.of("language")))
                .bearer(token)
                .send()
                .expectProblem(422);
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        assertThat(upload(new Multipart().file("file", "blob.bin", "application/octet-stream", garbage))
                        .expectProblem(422)
                        .field("type"))
                .endsWith("unreadable-file");
        upload(new Multipart().field("tasks", "language")).expectProblem(422);
        assertThat(upload(new Multipart()
                                .file(
                                        "file",
                                        "long.txt",
                                        "text/plain",
                                        "many words ".repeat(20_000).getBytes(StandardCharsets.UTF_8)))
                        .expectProblem(413)
                        .field("type"))
                .endsWith("text-too-long");
    }

    @Test
    void callersNeedToBeSignedInAndHoldTheAnalysisPermission() {
        api.post(PATH, Map.of("text", "Hello there.")).send().expectProblem(401);
        // LEARNER reads knowledge bases but may not run analysis
        String learner = fixtures.person(org, "LEARNER").session().accessToken();
        api.post(PATH, Map.of("text", "Hello there.")).bearer(learner).send().expectProblem(403);
    }

    private Api.Response upload(Multipart parts) {
        return api.post(PATH, parts.bytes())
                .contentType(parts.contentType())
                .bearer(token)
                .send();
    }

    private static void assertOffsetsPointAtTheText(String text, JsonNode entities) {
        assertThat(entities.size()).isPositive();
        for (JsonNode entity : entities) {
            assertThat(entity.path("type").asString()).isIn(TYPES);
            assertThat(text.substring(
                            entity.path("start").asInt(), entity.path("end").asInt()))
                    .isEqualTo(entity.path("text").asString());
        }
    }
}
