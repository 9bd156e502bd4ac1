package com.aigentforce.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class StorageConfigTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(StorageProperties.class)
    static class Properties {}

    @TempDir
    Path directory;

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(Properties.class, StorageConfig.class);

    @Test
    void theLocalDirectoryIsTheDefaultAndReportsHealthy() {
        context.withPropertyValues("aigentforce.storage.local.dir=" + directory.resolve("files"))
                .run(app -> {
                    assertThat(app.getBean(ObjectStorage.class)).isInstanceOf(LocalDirectoryStorage.class);
                    assertThat(directory.resolve("files")).isDirectory();
                    assertThat(app.getBean("storageHealthIndicator", HealthIndicator.class)
                                    .health()
                                    .getStatus())
                            .isEqualTo(Status.UP);
                });
    }

    @Test
    void s3WithoutABucketStopsStartUpWithAClearMessage() {
        context.withPropertyValues("aigentforce.storage.type=s3", "aigentforce.storage.s3.endpoint=http://127.0.0.1:1")
                .run(app -> assertThat(app).getFailure().rootCause().hasMessageContaining("AIGENTFORCE_S3_BUCKET"));
    }

    @Test
    void anUnknownStorageTypeStopsStartUp() {
        context.withPropertyValues("aigentforce.storage.type=ftp")
                .run(app -> assertThat(app).getFailure().rootCause().hasMessageContaining("'local' or 's3'"));
    }
}
