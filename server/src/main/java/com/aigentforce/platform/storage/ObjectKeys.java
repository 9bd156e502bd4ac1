package com.aigentforce.platform.storage;

/**
 * The one rule for object keys, shared by every store so that a key valid on one is valid on all: slash-separated
 * segments, none empty, {@code .} or {@code ..}; not absolute; no backslash, NUL or other control character; at
 * most 1024 characters (the S3 limit); never under the local store's staging folder.
 */
final class ObjectKeys {

    static final String STAGING = ".staging";
    private static final int MAX_LENGTH = 1024;

    private ObjectKeys() {}

    /** Returns the key if it is valid; otherwise throws {@link IllegalArgumentException} saying why. */
    static String check(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("An object key must not be empty");
        }
        checkCharacters(key);
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException(
                        "Object key '" + key + "' has an empty, '.' or '..' segment (or is absolute)");
            }
        }
        return key;
    }

    /** A listing prefix: empty (everything) or the start of a key, ending inside or after a segment. */
    static String checkPrefix(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return "";
        }
        checkCharacters(prefix);
        String[] segments = prefix.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            boolean last = i == segments.length - 1;
            String segment = segments[i];
            if ((segment.isEmpty() && !last) || segment.equals("..") || (segment.equals(".") && !last)) {
                throw new IllegalArgumentException("Listing prefix '" + prefix + "' is not the start of a valid key");
            }
        }
        return prefix;
    }

    private static void checkCharacters(String key) {
        if (key.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("An object key must be at most " + MAX_LENGTH + " characters");
        }
        if (key.startsWith("/")) {
            throw new IllegalArgumentException("Object key '" + key + "' must not be absolute");
        }
        if (key.equals(STAGING) || key.startsWith(STAGING + "/")) {
            throw new IllegalArgumentException("Object keys must not start with " + STAGING);
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\\' || Character.isISOControl(c)) {
                throw new IllegalArgumentException("Object keys must not contain backslashes or control characters");
            }
        }
    }
}
