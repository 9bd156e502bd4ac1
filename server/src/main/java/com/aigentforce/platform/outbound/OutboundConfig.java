package com.aigentforce.platform.outbound;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link OutboundHttp} of the application, built from {@code aigentforce.outbound}. */
@Configuration(proxyBeanMethods = false)
class OutboundConfig {

    private static final Logger LOGGER = LoggerFactory.getLogger(OutboundConfig.class);

    @Bean
    OutboundHttp outboundHttp(OutboundProperties properties) {
        if (!properties.allow().isEmpty()) {
            LOGGER.info("OutboundHttp allows these internal targets: {}", properties.allow());
        }
        return new OutboundHttp(properties);
    }
}
