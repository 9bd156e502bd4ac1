package com.aigentforce.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldMessagesTest {

    @Test
    void aFragmentGetsTheFieldAsItsSubjectAndAFullStop() {
        assertThat(FieldMessages.sentence("newPassword", "must not be blank"))
                .isEqualTo("New password must not be blank.");
        assertThat(FieldMessages.sentence("members[2].userId", "must not be null"))
                .isEqualTo("User ID must not be null.");
        assertThat(FieldMessages.sentence("baseUrl", "is not a URL")).isEqualTo("Base URL is not a URL.");
    }

    @Test
    void aSentenceIsKeptAndOnlyGetsItsFullStop() {
        assertThat(FieldMessages.sentence("password", "This password is too common; choose another one."))
                .isEqualTo("This password is too common; choose another one.");
        assertThat(FieldMessages.sentence("roles", "There is no role 'X'")).isEqualTo("There is no role 'X'.");
    }

    @Test
    void aMissingMessageOrFieldStillReadsAsASentence() {
        assertThat(FieldMessages.sentence("email", null)).isEqualTo("Email is invalid.");
        assertThat(FieldMessages.sentence("", "must be a JSON object")).isEqualTo("This value must be a JSON object.");
    }
}
