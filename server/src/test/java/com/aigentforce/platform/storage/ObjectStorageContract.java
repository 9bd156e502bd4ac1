package com.aigentforce.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link ObjectStorage} promises, run against each store by a subclass that supplies a fresh, empty one.
 */
abstract class ObjectStorageContract {

    /** A fresh store with nothing in it; its multipart threshold (if any) is {@link #PART_SIZE}. */
    abstract ObjectStorage storage();

    /** Makes the store from {@link #storage()} unusable the way an operator might (directory or bucket gone). */
    abstract void breakStore() throws IOException;

    static final int PART_SIZE = 5 * 1024 * 1024;

    @Test
    void storesContentAndReportsItsSizeAndSha256() throws IOException {
        byte[] content = "Hello, storage".getBytes(StandardCharsets.UTF_8);
        StoredObject stored =
                storage().put("tenants/a/doc.txt", new ByteArrayInputStream(content), content.length, "text/plain");

        assertThat(stored).isEqualTo(new StoredObject("tenants/a/doc.txt", content.length, sha256(content)));
        assertThat(read("tenants/a/doc.txt")).isEqualTo(content);
        assertThat(storage().exists("tenants/a/doc.txt")).isTrue();
    }

    @Test
    void aSecondPutReplacesTheObject() throws IOException {
        put("k/replace", "first version");
        put("k/replace", "second");
        assertThat(new String(read("k/replace"), StandardCharsets.UTF_8)).isEqualTo("second");
        assertThat(storage().list("k/")).containsExactly("k/replace");
    }

    @Test
    void emptyContentIsAnObject() throws IOException {
        StoredObject stored = storage().put("empty", InputStream.nullInputStream(), 0, "application/octet-stream");
        assertThat(stored.size()).isZero();
        assertThat(stored.sha256()).isEqualTo(sha256(new byte[0]));
        assertThat(read("empty")).isEmpty();
    }

    @Test
    void contentLargerThanOnePartRoundTripsWithItsDigest() throws IOException {
        byte[] content = new byte[2 * PART_SIZE + 12345];
        new Random(42).nextBytes(content);
        StoredObject stored = storage().put("big/blob.bin", new ByteArrayInputStream(content), content.length, null);
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(sha256(content));
        assertThat(read("big/blob.bin")).isEqualTo(content);
    }

    @Test
    void contentOfUnannouncedSizeIsStored() throws IOException {
        byte[] content = new byte[PART_SIZE + 1];
        new Random(7).nextBytes(content);
        StoredObject stored = storage().put("unknown-size", new ByteArrayInputStream(content), -1, null);
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(read("unknown-size")).isEqualTo(content);
    }

    @Test
    void contentThatDoesNotMatchItsAnnouncedSizeIsRefusedAndNotStored() {
        byte[] content = "twelve bytes".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> storage().put("wrong-size", new ByteArrayInputStream(content), 99, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99");
        assertThat(storage().exists("wrong-size")).isFalse();
    }

    @Test
    void aFailedReplacementKeepsTheOldObject() throws IOException {
        put("kept", "old content");
        assertThatThrownBy(() -> storage().put("kept", failingAfter(PART_SIZE + 10), -1, null))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(new String(read("kept"), StandardCharsets.UTF_8)).isEqualTo("old content");
    }

    @Test
    void aStreamThatFailsHalfwayLeavesNoObject() {
        assertThatThrownBy(() -> storage().put("broken", failingAfter(1000), 5000, null))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(storage().exists("broken")).isFalse();
        assertThat(storage().list("")).doesNotContain("broken");
    }

    static InputStream failingAfter(int bytes) {
        return new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ >= bytes) {
                    throw new IOException("client went away");
                }
                return 'x';
            }
        };
    }

    @Test
    void openingAMissingObjectThrowsObjectNotFound() {
        assertThatThrownBy(() -> storage().open("no/such/key"))
                .isInstanceOfSatisfying(
                        ObjectNotFound.class, e -> assertThat(e.key()).isEqualTo("no/such/key"));
        assertThat(storage().exists("no/such/key")).isFalse();
    }

    @Test
    void deleteRemovesTheObjectAndDeletingAgainIsNoError() {
        put("gone/soon", "bye");
        storage().delete("gone/soon");
        assertThat(storage().exists("gone/soon")).isFalse();
        storage().delete("gone/soon");
        storage().delete("never/there");
        assertThat(storage().list("gone/")).isEmpty();
    }

    @Test
    void listsKeysUnderAPrefixInLexicalOrder() {
        put("tenants/t1/docs/b", "b");
        put("tenants/t1/docs/a/2", "a2");
        put("tenants/t1/docs/a/1", "a1");
        put("tenants/t1/other", "o");
        put("tenants/t10/docs/x", "x");

        assertThat(storage().list("tenants/t1/docs/"))
                .containsExactly("tenants/t1/docs/a/1", "tenants/t1/docs/a/2", "tenants/t1/docs/b");
        assertThat(storage().list("tenants/t1/"))
                .containsExactly("tenants/t1/docs/a/1", "tenants/t1/docs/a/2", "tenants/t1/docs/b", "tenants/t1/other");
        assertThat(storage().list("tenants/t1")).hasSize(5);
        assertThat(storage().list("tenants/t1/docs/a/")).containsExactly("tenants/t1/docs/a/1", "tenants/t1/docs/a/2");
        assertThat(storage().list("tenants/none/")).isEmpty();
        assertThat(storage().list("")).hasSize(5);
    }

    @Test
    void keysMayHoldSpacesAndNonAsciiCharacters() throws IOException {
        put("tenants/ü/Quarterly report (final).pdf", "pdf");
        assertThat(new String(read("tenants/ü/Quarterly report (final).pdf"), StandardCharsets.UTF_8))
                .isEqualTo("pdf");
        assertThat(storage().list("tenants/ü/")).containsExactly("tenants/ü/Quarterly report (final).pdf");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../escape",
                "a/../../escape",
                "a/..",
                "..",
                "/etc/passwd",
                "a\\b",
                "a\u0000b",
                "a//b",
                "a/./b",
                "trailing/",
                "",
                ".staging/x"
            })
    void keysThatCouldLeaveTheStoreAreRefused(String key) {
        assertThatThrownBy(() -> storage().put(key, InputStream.nullInputStream(), 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage().open(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage().exists(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage().delete(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listingPrefixesThatCouldLeaveTheStoreAreRefused() {
        assertThatThrownBy(() -> storage().list("../")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage().list("/etc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage().list("a/../../")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHealthCheckPassesOnAWorkingStoreAndFailsOnceTheStoreIsGone() throws IOException {
        StorageCheck health = (StorageCheck) storage();
        assertThatCode(health::check).doesNotThrowAnyException();

        breakStore();

        assertThatThrownBy(health::check).isInstanceOf(UncheckedIOException.class);
    }

    void put(String key, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        storage().put(key, new ByteArrayInputStream(bytes), bytes.length, "text/plain");
    }

    byte[] read(String key) throws IOException {
        try (InputStream in = storage().open(key)) {
            return in.readAllBytes();
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
