package com.aigentforce.platform.cluster;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/** {@link ClusterMessaging} on the same Redis connection factory as the eviction bus, or a local no-op without it. */
@Configuration(proxyBeanMethods = false)
class ClusterMessagingConfig {

    @Bean
    RedisMessageListenerContainer clusterMessageListener(
            @org.springframework.lang.Nullable LettuceConnectionFactory clusterRedisConnectionFactory) {
        if (clusterRedisConnectionFactory == null) {
            return null;
        }
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(clusterRedisConnectionFactory);
        return container; // Spring initialises and starts it with the context
    }

    @Bean
    ClusterMessaging clusterMessaging(
            @org.springframework.lang.Nullable LettuceConnectionFactory clusterRedisConnectionFactory,
            @org.springframework.lang.Nullable RedisMessageListenerContainer clusterMessageListener) {
        if (clusterRedisConnectionFactory == null || clusterMessageListener == null) {
            return new ClusterMessaging() {
                @Override
                public boolean distributed() {
                    return false;
                }

                @Override
                public void publish(String channel, String message) {}

                @Override
                public void subscribe(String channel, Consumer<String> listener) {}
            };
        }
        StringRedisTemplate redis = new StringRedisTemplate(clusterRedisConnectionFactory);
        redis.afterPropertiesSet();
        return new ClusterMessaging() {
            @Override
            public boolean distributed() {
                return true;
            }

            @Override
            public void publish(String channel, String message) {
                redis.convertAndSend(channel, message);
            }

            @Override
            public void subscribe(String channel, Consumer<String> listener) {
                clusterMessageListener.addMessageListener(
                        (message, pattern) -> listener.accept(new String(message.getBody(), StandardCharsets.UTF_8)),
                        new ChannelTopic(channel));
            }
        };
    }
}
