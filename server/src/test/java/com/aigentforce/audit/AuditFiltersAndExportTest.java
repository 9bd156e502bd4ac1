package com.aigentforce.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The audit list narrows by date (dates or instants, 422 for nonsense or a range that ends before it starts), and
 * the CSV export holds the same entries with RFC 4180 quoting, formula-like cells defused, only the caller's
 * organisation, and is itself recorded.
 */
class AuditFiltersAndExportTest extends ApiTestSupport {

    Fixtures.Org org;
    Fixtures.Org other;

    @BeforeEach
    void setUp() {
        org = fixtures.organisation();
        other = fixtures.organisation();
        awaitAuditEntry(owner(), "tenant.registered");
    }

    @Test
    void datesAndInstantsNarrowTheListAndBadRangesAre422() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(total("from=" + today)).isPositive();
        assertThat(total("to=" + today)).isEqualTo(total(""));
        assertThat(total("from=" + today.plusDays(1))).isZero();
        assertThat(total("to=" + today.minusDays(1))).isZero();
        Instant now = Instant.now().plus(1, ChronoUnit.SECONDS);
        assertThat(total("from=" + now)).isZero();
        assertThat(total("from=" + now.minus(1, ChronoUnit.HOURS) + "&to=" + now))
                .isEqualTo(total(""));

        var reversed = api.get("/api/v1/audit?from=" + today + "&to=" + today.minusDays(1))
                .bearer(owner())
                .send()
                .expectProblem(422);
        assertThat(reversed.body().path("errors").get(0).path("field").asString())
                .isEqualTo("to");
        for (String bad : List.of("from=yesterday", "to=2026-02-30", "from=2026-01-01T25:00:00Z")) {
            var refused = api.get("/api/v1/audit?" + bad).bearer(owner()).send().expectProblem(422);
            assertThat(refused.body().path("errors").get(0).path("field").asString())
                    .isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
    }

    @Test
    void theCsvExportQuotesDefusesFormulasFiltersAndIsRecorded() throws IOException {
        String formula = "=HYPERLINK(\"http://evil.example\",\"Click, here\")";
        new KnowledgeFixtures(api).knowledgeBase(owner(), Map.of("name", formula));
        new KnowledgeFixtures(api).knowledgeBase(other.owner().accessToken(), Map.of("name", "Other org's KB"));
        awaitAuditEntry(owner(), "knowledge_base.created");
        awaitAuditEntry(other.owner().accessToken(), "knowledge_base.created");

        var response = api.get("/api/v1/audit/export.csv?action=knowledge_base.&from=" + LocalDate.now(ZoneOffset.UTC))
                .bearer(owner())
                .send()
                .expect(200);
        assertThat(response.header("Content-Type")).startsWith("text/csv");
        assertThat(response.header("Content-Disposition"))
                .contains("attachment")
                .contains(".csv");
        assertThat(response.header("X-Total-Count")).isEqualTo("1");
        assertThat(response.header("X-Export-Truncated")).isEqualTo("false");
        assertThat(response.text()).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click, here\"\")\"");
        List<CSVRecord> rows = parse(response.text());
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.getFirst();
        assertThat(row.get("action")).isEqualTo("knowledge_base.created");
        assertThat(row.get("targetName")).isEqualTo("'" + formula);
        assertThat(row.get("actorEmail")).isEqualTo(org.ownerEmail());
        assertThat(Instant.parse(row.get("occurredAt"))).isBefore(Instant.now());

        JsonNode exported = awaitAuditEntry(owner(), "audit.exported");
        assertThat(exported.path("details").path("rows").asInt()).isEqualTo(1);
        assertThat(exported.path("details").path("action").asString()).isEqualTo("knowledge_base.");
        assertThat(exported.path("actorEmail").asString()).isEqualTo(org.ownerEmail());

        String everything = api.get("/api/v1/audit/export.csv")
                .bearer(owner())
                .send()
                .expect(200)
                .text();
        assertThat(parse(everything))
                .extracting(r -> r.get("actorEmail"))
                .contains(org.ownerEmail())
                .doesNotContain(other.ownerEmail());
        assertThat(everything).doesNotContain("Other org's KB");
        api.get("/api/v1/audit/export.csv?from=2026-13-01")
                .bearer(owner())
                .send()
                .expectProblem(422);
    }

    @Test
    void theExportNeedsTheAuditPermissionAndAnotherOrganisationsEntriesNeverAppearInTheList() {
        var learner = fixtures.person(org, "LEARNER");
        api.get("/api/v1/audit/export.csv")
                .bearer(learner.session().accessToken())
                .send()
                .expectProblem(403);
        api.get("/api/v1/audit/export.csv").send().expectProblem(401);
        JsonNode mine = api.get("/api/v1/audit?size=100")
                .bearer(other.owner().accessToken())
                .send()
                .expect(200)
                .body()
                .path("items");
        assertThat(mine.valueStream().map(e -> e.path("actorEmail").asString()))
                .doesNotContain(org.ownerEmail(), learner.email());
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }

    private long total(String query) {
        return api.get("/api/v1/audit?" + query)
                .bearer(owner())
                .send()
                .expect(200)
                .body()
                .path("total")
                .asLong();
    }

    private String owner() {
        return org.owner().accessToken();
    }
}
