package com.aigentforce.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

class KnowledgeSmokeTest extends ApiTestSupport {

    @Test
    void anUploadedTextFileBecomesSearchable() {
        var org = fixtures.organisation();
        var kb = new KnowledgeFixtures(api);
        String token = org.owner().accessToken();
        String kbId = kb.knowledgeBase(token);
        String doc = kb.uploadText(token, kbId, "notes.txt", "The zebra crossing policy applies to every office.");
        kb.awaitIndexed(token, doc);
        assertThat(kb.searchTexts(token, "q=zebra&mode=fulltext")).hasSize(1);
        assertThat(kb.searchTexts(token, "q=zebra&mode=vector")).hasSize(1);
        assertThat(kb.searchTexts(token, "q=zebra")).hasSize(1);
    }
}
