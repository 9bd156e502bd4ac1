package com.aigentforce.analysis.internal.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model read from the class path on first use, once, whichever thread asks first; later callers share it. Models
 * are immutable once read (OpenNLP's {@code *Model} classes are), so sharing needs no further locking.
 */
public final class ModelFile<T> {

    private static final Logger LOGGER = LoggerFactory.getLogger(ModelFile.class);

    /** Reads a model from its file. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(InputStream input) throws IOException;
    }

    private final String version;
    private final String resource;
    private final Reader<T> reader;
    private volatile T model;
    private volatile long fileBytes;
    private volatile long heapBytes;

    public ModelFile(String version, String resource, Reader<T> reader) {
        this.version = version;
        this.resource = resource;
        this.reader = reader;
    }

    public String version() {
        return version;
    }

    public T get() {
        T loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = load();
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    private T load() {
        Runtime runtime = Runtime.getRuntime();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long started = System.nanoTime();
        try (InputStream raw = getClass().getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("Model file " + resource + " is not on the class path");
            }
            CountingStream input = new CountingStream(raw);
            T read = reader.read(input);
            fileBytes = input.count();
            // a rough figure: other threads allocate meanwhile and no collection is forced
            heapBytes = Math.max(0, runtime.totalMemory() - runtime.freeMemory() - heapBefore);
            LOGGER.info(
                    "Model(version={}) loaded from {} in {} ms: {} bytes on disk, heap grew by about {} MB",
                    version,
                    resource,
                    (System.nanoTime() - started) / 1_000_000,
                    fileBytes,
                    heapBytes / (1024 * 1024));
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("Model file " + resource + " could not be read", e);
        }
    }

    /** What the actuator info shows: whether loaded, file size and the heap growth seen while loading. */
    public ModelState state() {
        return new ModelState(version, model != null, fileBytes, heapBytes);
    }

    public record ModelState(String version, boolean loaded, long fileBytes, long approximateHeapBytes) {}

    private static final class CountingStream extends java.io.FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

        long count() {
            return count;
        }
    }
}
