package com.aigentforce.platform.ratelimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** In-process buckets on one node; Redis-held buckets shared by all nodes when {@code AIGENTFORCE_REDIS_URL} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfig {

    @Bean
    RateLimiter rateLimiter(@Value("${aigentforce.redis.url:}") String redisUrl) {
        return redisUrl.isBlank() ? new LocalRateLimiter() : new RedisRateLimiter(redisUrl);
    }
}
