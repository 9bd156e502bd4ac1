package com.aigentforce.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each test JVM its own data directory under the temp directory (world-traversable, since as root the
 * embedded PostgreSQL runs as {@code nobody}) and removes those left by test JVMs that have ended.
 */
public final class TestDataDirectory implements LauncherSessionListener {

    private static final String PREFIX = "aigentforce-test-";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        removeLeftovers(temp);
        Path mine = temp.resolve(PREFIX + ProcessHandle.current().pid());
        try {
            Files.createDirectories(mine);
            Files.setPosixFilePermissions(mine, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("aigentforce.data-dir", mine.toString());
    }

    private static void removeLeftovers(Path temp) {
        try (Stream<Path> entries = Files.list(temp)) {
            entries.filter(p -> p.getFileName().toString().matches(PREFIX + "\\d+"))
                    .filter(p -> ProcessHandle.of(
                                    Long.parseLong(p.getFileName().toString().substring(PREFIX.length())))
                            .isEmpty())
                    .filter(p -> !Files.exists(p.resolve("postgres/postmaster.pid")))
                    .forEach(TestDataDirectory::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            // leftovers are only disk space; never fail a test run over them
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> tree = Files.walk(dir)) {
            tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort; another test JVM may be removing the same leftover right now
        }
    }
}
