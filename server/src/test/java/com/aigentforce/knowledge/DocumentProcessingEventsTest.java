package com.aigentforce.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.knowledge.support.Multipart;
import com.aigentforce.knowledge.support.ProcessingEvents;
import com.aigentforce.knowledge.support.SampleFiles;
import com.aigentforce.support.ApiTestSupport;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every stage change of an ingestion is published as a DocumentProcessing event, in order. */
class DocumentProcessingEventsTest extends ApiTestSupport {

    @Autowired
    ProcessingEvents events;

    @Test
    void eachStageIsPublishedInOrderAndAFailureCarriesItsReason() {
        var org = fixtures.organisation();
        String token = org.owner().accessToken();
        var kb = new KnowledgeFixtures(api);
        String kbId = kb.knowledgeBase(token);
        UUID indexed = UUID.fromString(kb.uploadText(token, kbId, "a.txt", "Events for the axolotl tank."));
        UUID failed = UUID.fromString(kb.upload(
                        token,
                        kbId,
                        new Multipart().file("file", "s.pdf", "application/pdf", SampleFiles.encryptedPdf("x")))
                .expect(202)
                .field("id"));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> events.of(indexed).stream()
                                .anyMatch(e -> e.status().equals("indexed"))
                        && events.of(failed).stream().anyMatch(e -> e.status().equals("failed")));

        assertThat(events.of(indexed))
                .extracting(DocumentProcessing::status)
                .containsSubsequence("extracting", "chunking", "embedding", "indexed");
        var last = events.of(indexed).getLast();
        assertThat(last.tenantId()).isEqualTo(org.tenantId());
        assertThat(last.progress()).isEqualTo(100);
        assertThat(last.stage()).isNull();
        assertThat(last.versionNumber()).isEqualTo(1);
        assertThat(events.of(failed).getLast().statusReason())
                .isEqualTo("This file is password-protected: upload a copy without a password");
    }
}
