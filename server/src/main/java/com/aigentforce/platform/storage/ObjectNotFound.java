package com.aigentforce.platform.storage;

/** The store holds no object under this key. */
public final class ObjectNotFound extends RuntimeException {

    private final String key;

    public ObjectNotFound(String key) {
        super("ObjectStorage(key=" + key + ") holds no such object");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
