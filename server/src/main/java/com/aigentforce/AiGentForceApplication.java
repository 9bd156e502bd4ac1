package com.aigentforce;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The AiGentForce platform: one deployable, split into Spring Modulith application modules. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AiGentForceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AiGentForceApplication.class, args);
    }
}
