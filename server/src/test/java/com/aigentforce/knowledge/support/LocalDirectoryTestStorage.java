package com.aigentforce.knowledge.support;

import com.aigentforce.platform.storage.ObjectNotFound;
import com.aigentforce.platform.storage.ObjectStorage;
import com.aigentforce.platform.storage.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A minimal local-directory {@link ObjectStorage} for the tests of this branch only, until the platform's own
 * implementations (local directory and S3) are merged; then this file is deleted. Picked up by component scanning
 * (a plain configuration in test sources), so every application context of the test JVM has a store.
 */
@Configuration(proxyBeanMethods = false)
public class LocalDirectoryTestStorage {

    @Bean
    ObjectStorage testObjectStorage(@Value("${aigentforce.data-dir}") String dataDir) {
        return new Store(Path.of(dataDir, "test-objects"));
    }

    static final class Store implements ObjectStorage {

        private final Path root;

        Store(Path root) {
            this.root = root;
        }

        @Override
        public StoredObject put(String key, InputStream content, long size, String contentType) {
            Path target = path(key);
            try {
                Files.createDirectories(target.getParent());
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                Path temp = Files.createTempFile(target.getParent(), "upload", ".tmp");
                long written;
                try (DigestInputStream in = new DigestInputStream(content, sha256)) {
                    written = Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return new StoredObject(key, written, HexFormat.of().formatHex(sha256.digest()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public InputStream open(String key) {
            try {
                return Files.newInputStream(path(key));
            } catch (NoSuchFileException e) {
                throw new ObjectNotFound(key);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean exists(String key) {
            return Files.isRegularFile(path(key));
        }

        @Override
        public void delete(String key) {
            try {
                Files.deleteIfExists(path(key));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public List<String> list(String prefix) {
            if (!Files.isDirectory(root)) {
                return List.of();
            }
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(Files::isRegularFile)
                        .map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .filter(k -> k.startsWith(prefix))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Path path(String key) {
            Path resolved = root.resolve(key).normalize();
            if (!resolved.startsWith(root)) {
                throw new IllegalArgumentException("key escapes the store: " + key);
            }
            return resolved;
        }
    }
}
