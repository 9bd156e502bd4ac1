package com.aigentforce.knowledge.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local directories of retired index generations go at start-up; the current generation's stays. */
class RetiredIndexesTest {

    @Test
    void theDirectoriesOfRetiredGenerationsAreRemovedAndTheCurrentOneKept(@TempDir Path root) throws Exception {
        Path retired = Files.createDirectories(root.resolve(Chunk.RETIRED_INDEXES.getFirst()));
        Files.writeString(retired.resolve("segments_1"), "old");
        Path current = Files.createDirectories(root.resolve(Chunk.INDEX));

        assertThat(RetiredIndexes.removeDirectories(root)).containsExactly(retired);

        assertThat(retired).doesNotExist();
        assertThat(current).isDirectory();
        assertThat(RetiredIndexes.removeDirectories(root)).isEmpty();
    }
}
