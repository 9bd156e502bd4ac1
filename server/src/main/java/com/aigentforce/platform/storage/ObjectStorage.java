package com.aigentforce.platform.storage;

import java.io.InputStream;
import java.util.List;

/**
 * Where uploaded files live: a local directory by default, any S3-compatible store by configuration. Keys are
 * slash-separated paths chosen by the owning module (for example {@code tenants/<tenantId>/documents/<id>/<version>});
 * the store never interprets them. Failures of the store itself surface as {@link java.io.UncheckedIOException}.
 */
public interface ObjectStorage {

    /** Stores {@code content} under {@code key}, replacing what was there; reads the stream to its end. */
    StoredObject put(String key, InputStream content, long size, String contentType);

    /** Opens the object for reading; the caller closes the stream. Throws {@link ObjectNotFound} if absent. */
    InputStream open(String key);

    boolean exists(String key);

    /** Removes the object; removing an absent key is not an error. */
    void delete(String key);

    /** Keys under {@code prefix}, in lexical order. */
    List<String> list(String prefix);
}
