package com.aigentforce.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aigentforce.platform.InvalidField;
import org.junit.jupiter.api.Test;

class PasswordServiceTest {

    private final PasswordService passwords = new PasswordService(1024, 1, 1);

    @Test
    void hashesWithArgon2idAndVerifies() {
        String hash = passwords.hash("violet-harbour-sings-42");
        assertThat(hash).startsWith("$argon2id$");
        assertThat(passwords.matches("violet-harbour-sings-42", hash)).isTrue();
        assertThat(passwords.matches("violet-harbour-sings-43", hash)).isFalse();
        assertThat(passwords.hash("violet-harbour-sings-42")).isNotEqualTo(hash);
    }

    @Test
    void unknownAccountsNeverMatch() {
        assertThat(passwords.matches("anything-at-all-1", null)).isFalse();
    }

    @Test
    void acceptsALongUnpredictablePassword() {
        assertThatCode(() -> passwords.requireAcceptable(
                        "password", "violet-harbour-sings-42", "ada@example.test", "Ada Lovelace"))
                .doesNotThrowAnyException();
        assertThatCode(() -> passwords.requireAcceptable("password", "x".repeat(6) + "ÿ€ñ©ß∂ƒ", null, null))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesTooShortTooLongCommonAndPersonalPasswords() {
        assertRefused("elevenchars", "at least 12");
        assertRefused("a".repeat(40) + "b".repeat(89), "at most 128");
        assertRefused("1q2w3e4r5t6y", "too common");
        assertRefused("password12345678", "too common");
        assertRefused("sunshine!!2024", "too common");
        assertRefused("abababababababab", "too common");
        assertRefused("my-lovelace-secret-99", "name");
        assertRefused("adalovelace-at-work", "email");
    }

    @Test
    void countsCharactersNotBytes() {
        // 12 characters, 24+ bytes in UTF-8
        assertThatCode(() -> passwords.requireAcceptable("password", "ñøπ∆ßå∂ƒ©˙∆˚x", null, null))
                .doesNotThrowAnyException();
    }

    private void assertRefused(String password, String reason) {
        assertThatThrownBy(() ->
                        passwords.requireAcceptable("password", password, "adalovelace@example.test", "Ada Lovelace"))
                .isInstanceOf(InvalidField.class)
                .satisfies(e ->
                        assertThat(((InvalidField) e).properties().toString()).contains(reason));
    }
}
