package com.aigentforce.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;

/**
 * Objects as files under one directory, the key being the relative path. A put streams into a staging file in
 * the same directory tree (hashing as it goes), forces it to disk and renames it into place atomically, so readers
 * see the old object or the new one, never a part. Keys that could leave the directory are refused.
 */
final class LocalDirectoryStorage implements ObjectStorage, StorageCheck {

    private final Path root;
    private final Path staging;

    LocalDirectoryStorage(Path directory) {
        this.root = directory.toAbsolutePath().normalize();
        this.staging = root.resolve(ObjectKeys.STAGING);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the file store directory " + root, e);
        }
    }

    Path root() {
        return root;
    }

    @Override
    public StoredObject put(String key, InputStream content, long size, String contentType) {
        Path target = pathOf(key);
        Path temp = null;
        try {
            temp = Files.createTempFile(staging, "put-", ".part");
            MessageDigest sha = Sha256.digest();
            long written;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                written = new DigestInputStream(content, sha).transferTo(out);
                channel.force(true);
            }
            if (size >= 0 && written != size) {
                throw new IllegalArgumentException(
                        "Object '" + key + "' was announced as " + size + " bytes but has " + written);
            }
            moveIntoPlace(temp, target);
            return new StoredObject(key, written, Sha256.hex(sha));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store object '" + key + "'", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public InputStream open(String key) {
        Path path = pathOf(key);
        try {
            if (!Files.isRegularFile(path)) {
                throw new ObjectNotFound(key);
            }
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new ObjectNotFound(key);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open object '" + key + "'", e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(pathOf(key));
    }

    @Override
    public void delete(String key) {
        Path path = pathOf(key);
        try {
            if (Files.isRegularFile(path)) {
                Files.deleteIfExists(path);
                removeEmptyParents(path.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete object '" + key + "'", e);
        }
    }

    @Override
    public List<String> list(String prefix) {
        String checked = ObjectKeys.checkPrefix(prefix);
        Path start =
                root.resolve(checked.substring(0, checked.lastIndexOf('/') + 1)).normalize();
        if (!start.startsWith(root) || !Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(start)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(staging))
                    .map(p -> root.relativize(p)
                            .toString()
                            .replace(p.getFileSystem().getSeparator(), "/"))
                    .filter(k -> k.startsWith(checked))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list objects under '" + prefix + "'", e);
        }
    }

    @Override
    public void check() {
        if (!Files.isDirectory(staging) || !Files.isWritable(staging)) {
            throw new UncheckedIOException(new IOException("The file store directory " + root + " is not writable"));
        }
    }

    private Path pathOf(String key) {
        Path path = root.resolve(ObjectKeys.check(key)).normalize();
        if (!path.startsWith(root) || path.equals(root) || path.startsWith(staging)) {
            throw new IllegalArgumentException("Object key '" + key + "' leaves the store");
        }
        return path;
    }

    private void moveIntoPlace(Path temp, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Files.createDirectories(target.getParent());
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return;
            } catch (NoSuchFileException e) {
                // a concurrent delete removed the emptied parent between our mkdir and the rename: once more
                if (attempt > 0) {
                    throw e;
                }
            }
        }
    }

    private void removeEmptyParents(Path dir) {
        Path current = dir;
        while (current != null && current.startsWith(root) && !current.equals(root)) {
            try {
                Files.delete(current);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            } catch (IOException e) {
                return; // only tidiness
            }
            current = current.getParent();
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a leftover staging file is only disk space
        }
    }
}
