package com.aigentforce.platform.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Wires the eviction bus: in-process only by default; over Redis pub/sub when {@code aigentforce.redis.url} is
 * set. Spring Boot's own Redis auto-configuration is excluded so that nothing connects to Redis unless asked to.
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfig {

    static final String CHANNEL = "aigentforce:evictions";
    private static final Logger LOGGER = LoggerFactory.getLogger(ClusterConfig.class);

    @Bean
    LettuceConnectionFactory clusterRedisConnectionFactory(RedisProperties redis) {
        if (!redis.configured()) {
            return null;
        }
        LettuceConnectionFactory factory =
                new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(redis.url()));
        LOGGER.info("Redis at {} carries cache evictions between nodes", redis.redactedUrl());
        return factory;
    }

    @Bean
    ClusterEvictions clusterEvictions(
            @org.springframework.lang.Nullable LettuceConnectionFactory clusterRedisConnectionFactory) {
        if (clusterRedisConnectionFactory == null) {
            return new ClusterEvictionBus(null);
        }
        StringRedisTemplate redis = new StringRedisTemplate(clusterRedisConnectionFactory);
        redis.afterPropertiesSet();
        return new ClusterEvictionBus(message -> redis.convertAndSend(CHANNEL, message));
    }

    @Bean
    RedisMessageListenerContainer clusterEvictionListener(
            @org.springframework.lang.Nullable LettuceConnectionFactory clusterRedisConnectionFactory,
            ClusterEvictions evictions) {
        if (clusterRedisConnectionFactory == null) {
            return null;
        }
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(clusterRedisConnectionFactory);
        container.addMessageListener(
                (message, pattern) -> ((ClusterEvictionBus) evictions)
                        .received(new String(message.getBody(), java.nio.charset.StandardCharsets.UTF_8)),
                new ChannelTopic(CHANNEL));
        return container; // Spring initialises and starts it with the context
    }
}
