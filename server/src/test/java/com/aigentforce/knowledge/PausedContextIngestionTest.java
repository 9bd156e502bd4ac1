package com.aigentforce.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A context that is paused and restarted (Spring's test context cache pauses inactive contexts; operators may
 * restart a context) runs ingestion jobs again: the job scheduler is rebuilt on start, not reused after stop.
 */
class PausedContextIngestionTest extends ApiTestSupport {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void documentsAreIngestedAfterTheContextWasPausedAndRestarted() {
        context.pause();
        context.restart();

        KnowledgeFixtures kb = new KnowledgeFixtures(api);
        String token = fixtures.organisation().owner().accessToken();
        String kbId = kb.knowledgeBase(token);
        String id = kb.uploadText(token, kbId, "after-restart.txt", "The quokka colony wakes after the restart.");

        assertThat(kb.awaitIndexed(token, id).path("status").asString()).isEqualTo("indexed");
        assertThat(kb.searchTexts(token, "mode=fulltext&q=quokka")).hasSize(1);
    }
}
