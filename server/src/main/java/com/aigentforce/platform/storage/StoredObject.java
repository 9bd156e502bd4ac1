package com.aigentforce.platform.storage;

/** What {@link ObjectStorage#put} stored: the key, its size in bytes and the SHA-256 of the content (hex). */
public record StoredObject(String key, long size, String sha256) {}
