package com.aigentforce.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.knowledge.support.Multipart;
import com.aigentforce.knowledge.support.SampleFiles;
import com.aigentforce.support.ApiTestSupport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every supported format is extracted by Tika, keeps its structure and metadata, and becomes searchable. */
class DocumentFormatsTest extends ApiTestSupport {

    private KnowledgeFixtures kb;
    private String token;
    private String kbId;

    private record Sample(String fileName, String contentType, byte[] content, String word) {}

    @BeforeEach
    void setUp() {
        kb = new KnowledgeFixtures(api);
        token = fixtures.organisation().owner().accessToken();
        kbId = kb.knowledgeBase(token);
    }

    @Test
    void everySupportedFormatIsExtractedAndItsTextSearchable() {
        List<Sample> samples = List.of(
                new Sample(
                        "plain.txt",
                        "text/plain",
                        SampleFiles.text("Visitors sign the quokkatxt register."),
                        "quokkatxt"),
                new Sample(
                        "guide.md",
                        "text/markdown",
                        SampleFiles.text("# Guide\n\nThe quokkamd section explains parking.\n"),
                        "quokkamd"),
                new Sample(
                        "page.html",
                        "text/html",
                        SampleFiles.text("<html><head><title>Handbook</title></head><body><h1>Holidays</h1>"
                                + "<p>Staff receive quokkahtml days.</p></body></html>"),
                        "quokkahtml"),
                new Sample("people.csv", "text/csv", SampleFiles.text("name,role\nAlice,quokkacsv\n"), "quokkacsv"),
                new Sample(
                        "policy.json",
                        "application/json",
                        SampleFiles.text("{\"policy\": \"quokkajson rules apply\"}"),
                        "quokkajson"),
                new Sample(
                        "mail.eml",
                        "message/rfc822",
                        SampleFiles.eml("Quarterly update", "The quokkaeml numbers are in."),
                        "quokkaeml"),
                new Sample(
                        "expenses.docx",
                        "application/octet-stream",
                        SampleFiles.docx("Expenses", "Receipts go to quokkadocx within a week."),
                        "quokkadocx"),
                new Sample(
                        "budget.xlsx",
                        "application/octet-stream",
                        SampleFiles.xlsx("Budget", List.of(List.of("item", "cost"), List.of("quokkaxlsx", "12"))),
                        "quokkaxlsx"),
                new Sample(
                        "deck.pptx",
                        "application/octet-stream",
                        SampleFiles.pptx(List.of("Welcome aboard", "The quokkapptx process")),
                        "quokkapptx"),
                new Sample(
                        "report.pdf",
                        "application/pdf",
                        SampleFiles.pdf("Annual report", "Paula Pdf", List.of("Introduction", "The quokkapdf results")),
                        "quokkapdf"));
        Map<Sample, String> ids = new LinkedHashMap<>();
        for (Sample sample : samples) {
            ids.put(
                    sample,
                    kb.upload(
                                    token,
                                    kbId,
                                    new Multipart()
                                            .file("file", sample.fileName(), sample.contentType(), sample.content()))
                            .expect(202)
                            .field("id"));
        }
        for (var entry : ids.entrySet()) {
            Sample sample = entry.getKey();
            JsonNode document = kb.awaitFinished(token, entry.getValue());
            assertThat(document.path("status").asString())
                    .as("%s: %s", sample.fileName(), document)
                    .isEqualTo("indexed");
            JsonNode hits = kb.search(token, "mode=fulltext&q=" + sample.word() + "&documentId=" + entry.getValue())
                    .path("items");
            assertThat(hits.size()).as(sample.fileName()).isEqualTo(1);
            assertThat(hits.get(0).path("text").asString())
                    .as(sample.fileName())
                    .contains(sample.word());
        }
    }

    @Test
    void pdfKeepsTitleAuthorPageCountAndThePageOfEachChunk() {
        String id = kb.upload(
                        token,
                        kbId,
                        new Multipart()
                                .file(
                                        "file",
                                        "report.pdf",
                                        "application/pdf",
                                        SampleFiles.pdf(
                                                "Annual report",
                                                "Paula Pdf",
                                                List.of("Introduction page", "Second page about walruses"))))
                .expect(202)
                .field("id");
        JsonNode document = kb.awaitIndexed(token, id);
        assertThat(document.path("extracted").path("title").asString()).isEqualTo("Annual report");
        assertThat(document.path("extracted").path("author").asString()).isEqualTo("Paula Pdf");
        assertThat(document.path("extracted").path("pages").asInt()).isEqualTo(2);
        assertThat(document.path("title").asString()).isEqualTo("report.pdf");
        JsonNode hit = kb.search(token, "mode=fulltext&q=walruses&documentId=" + id)
                .path("items")
                .get(0);
        assertThat(hit.path("page").asInt()).isEqualTo(2);
    }

    @Test
    void headingsOfMarkdownHtmlAndWordBecomeTheHeadingPathOfTheirChunks() {
        String md = kb.upload(
                        token,
                        kbId,
                        new Multipart()
                                .file(
                                        "file",
                                        "travel.md",
                                        "text/markdown",
                                        SampleFiles.text("# Travel policy\n\nIntro text.\n\n## Trains\n\n"
                                                + "First class is allowed for long platypus journeys.\n")))
                .expect(202)
                .field("id");
        String html = kb.upload(
                        token,
                        kbId,
                        new Multipart()
                                .file(
                                        "file",
                                        "handbook.html",
                                        "text/html",
                                        SampleFiles.text("<html><body><h1>Handbook</h1><h2>Leave</h2>"
                                                + "<p>Parental leave lasts one narwhal year.</p></body></html>")))
                .expect(202)
                .field("id");
        String docx = kb.upload(
                        token,
                        kbId,
                        new Multipart()
                                .file(
                                        "file",
                                        "expenses.docx",
                                        "application/octet-stream",
                                        SampleFiles.docx("Expenses", "Claims for pelican trips need receipts.")))
                .expect(202)
                .field("id");
        kb.awaitIndexed(token, md);
        kb.awaitIndexed(token, html);
        JsonNode word = kb.awaitIndexed(token, docx);
        assertThat(word.path("extracted").path("author").asString()).isEqualTo("Dora Docx");
        assertThat(headingPath("platypus", md)).containsExactly("Travel policy", "Trains");
        assertThat(headingPath("narwhal", html)).containsExactly("Handbook", "Leave");
        assertThat(headingPath("pelican", docx)).containsExactly("Expenses");
    }

    @Test
    void contentIsReturnedOnlyWhenAskedFor() {
        String id = kb.uploadText(token, kbId, "faq.txt", "Questions about the capybara canteen.");
        kb.awaitIndexed(token, id);
        JsonNode plain = api.get("/api/v1/documents/" + id)
                .bearer(token)
                .send()
                .expect(200)
                .body();
        assertThat(plain.path("content").isNull()).isTrue();
        assertThat(plain.path("embedding").isNull()).isTrue();
        JsonNode full = api.get("/api/v1/documents/" + id + "?include=content,embedding")
                .bearer(token)
                .send()
                .expect(200)
                .body();
        assertThat(full.path("content").asString()).contains("capybara canteen");
        assertThat(full.path("embedding").size()).isEqualTo(384);
    }

    private List<String> headingPath(String word, String documentId) {
        JsonNode items = kb.search(token, "mode=fulltext&q=" + word + "&documentId=" + documentId)
                .path("items");
        assertThat(items.size()).as(word).isEqualTo(1);
        return items.get(0)
                .path("headingPath")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
    }
}
