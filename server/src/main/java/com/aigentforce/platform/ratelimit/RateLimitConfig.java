package com.aigentforce.platform.ratelimit;

import com.aigentforce.platform.cluster.RedisProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** In-process buckets on one node; Redis-held buckets shared by all nodes when {@code AIGENTFORCE_REDIS_URL} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfig {

    @Bean
    RateLimiter rateLimiter(RedisProperties redis) {
        return redis.configured() ? new RedisRateLimiter(redis.url()) : new LocalRateLimiter();
    }
}
