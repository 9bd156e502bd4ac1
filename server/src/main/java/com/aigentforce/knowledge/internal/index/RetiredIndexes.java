package com.aigentforce.knowledge.internal.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/** The local Lucene directories of earlier index generations ({@link Chunk#RETIRED_INDEXES}), removed at start-up. */
public final class RetiredIndexes {

    private static final Logger LOGGER = LoggerFactory.getLogger(RetiredIndexes.class);

    private RetiredIndexes() {}

    /** Deletes the directories of retired generations under the index root; answers what it removed. */
    public static List<Path> removeDirectories(Path root) {
        List<Path> removed = new ArrayList<>();
        for (String retired : Chunk.RETIRED_INDEXES) {
            Path directory = root.resolve(retired);
            if (Files.isDirectory(directory)) {
                FileSystemUtils.deleteRecursively(directory.toFile());
                LOGGER.info("SearchIndex(name={}) retired: removed its directory {}", retired, directory);
                removed.add(directory);
            }
        }
        return removed;
    }
}
