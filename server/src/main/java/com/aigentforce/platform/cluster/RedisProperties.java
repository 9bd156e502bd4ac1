package com.aigentforce.platform.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Redis that joins nodes into a cluster ({@code AIGENTFORCE_REDIS_URL}): cache evictions, real-time fan-out and
 * shared rate-limit buckets. Unset: every node works alone, in process.
 *
 * @param url {@code redis://[:password@]host:6379}, or empty
 */
@ConfigurationProperties("aigentforce.redis")
public record RedisProperties(@DefaultValue("") String url) {

    public RedisProperties {
        url = url == null ? "" : url.strip();
    }

    public boolean configured() {
        return !url.isEmpty();
    }

    /** The address without its password, for log lines. */
    public String redactedUrl() {
        return url.replaceAll("//[^@]*@", "//***@");
    }

    @Override
    public String toString() {
        return "RedisProperties[url=" + redactedUrl() + "]";
    }
}
