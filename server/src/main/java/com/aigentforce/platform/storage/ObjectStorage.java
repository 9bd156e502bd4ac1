package com.aigentforce.platform.storage;

import java.io.InputStream;
import java.util.List;

/**
 * Where uploaded files live: a local directory by default, any S3-compatible store by configuration. Keys are
 * slash-separated paths chosen by the owning module (for example {@code tenants/<tenantId>/documents/<id>/<version>});
 * the store never interprets them. Failures of the store itself surface as {@link java.io.UncheckedIOException}.
 *
 * <p>Keys are checked the same way by every store: non-empty, at most 1024 characters, no empty, {@code .} or
 * {@code ..} segment, not absolute, no backslash, NUL or other control character; a key breaking these rules is an
 * {@link IllegalArgumentException}. Implementations (chosen by {@code AIGENTFORCE_STORAGE}): a local directory and
 * an S3-compatible bucket; see docs/operations.md.
 */
public interface ObjectStorage {

    /**
     * Stores {@code content} under {@code key}, replacing what was there; reads the stream to its end (and does not
     * close it). Atomic: readers see the old object or the new one, and a failed put leaves the old one (or none).
     *
     * @param size the content's length in bytes if known, or {@code -1}; content of another length than announced
     *     is refused with {@link IllegalArgumentException} and not stored
     * @param contentType the media type to record where the store keeps one (S3), or {@code null}
     * @return the key, the number of bytes stored and their SHA-256
     */
    StoredObject put(String key, InputStream content, long size, String contentType);

    /** Opens the object for reading; the caller closes the stream. Throws {@link ObjectNotFound} if absent. */
    InputStream open(String key);

    boolean exists(String key);

    /** Removes the object; removing an absent key is not an error. */
    void delete(String key);

    /** Keys starting with {@code prefix} (empty for all; it may end inside a segment), in lexical order. */
    List<String> list(String prefix);
}
