package com.aigentforce.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDirectoryStorageTest extends ObjectStorageContract {

    @TempDir
    Path directory;

    private LocalDirectoryStorage storage;

    @BeforeEach
    void freshStore() {
        storage = new LocalDirectoryStorage(directory.resolve("files"));
    }

    @Override
    ObjectStorage storage() {
        return storage;
    }

    @Override
    void breakStore() throws IOException {
        try (Stream<Path> tree = Files.walk(directory.resolve("files"))) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void objectsAreFilesUnderTheDirectoryAndNoStagingFileRemains() throws IOException {
        put("tenants/t/a.txt", "content");
        assertThat(directory.resolve("files/tenants/t/a.txt")).hasContent("content");
        aStreamThatFailsHalfwayLeavesNoObject();
        try (Stream<Path> staged = Files.list(directory.resolve("files/.staging"))) {
            assertThat(staged).isEmpty();
        }
    }

    @Test
    void aSymbolicLinkOutOfTheStoreIsNotListedAsAnObject() throws IOException {
        Path outside = Files.writeString(directory.resolve("secret.txt"), "secret");
        Files.createDirectories(directory.resolve("files/t"));
        Files.createSymbolicLink(directory.resolve("files/t/link-dir"), directory);
        put("t/real", "real");
        assertThat(storage.list("t/")).containsExactly("t/real");
        assertThat(outside).exists();
    }

    @Test
    void deletingTheLastObjectOfAFolderRemovesTheEmptyFolders() {
        put("tenants/t/docs/1/v1", "x");
        storage.delete("tenants/t/docs/1/v1");
        assertThat(directory.resolve("files/tenants")).doesNotExist();
        assertThat(directory.resolve("files")).isDirectory();
    }
}
