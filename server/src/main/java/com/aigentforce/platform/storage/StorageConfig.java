package com.aigentforce.platform.storage;

import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Chooses the object store from {@code aigentforce.storage.type}: a local directory (default) or S3. */
@Configuration(proxyBeanMethods = false)
class StorageConfig {

    private static final Logger LOGGER = LoggerFactory.getLogger(StorageConfig.class);

    @Bean
    ObjectStorage objectStorage(StorageProperties properties) {
        return switch (properties.type()) {
            case "local" -> {
                LocalDirectoryStorage local =
                        new LocalDirectoryStorage(properties.local().dir());
                LOGGER.info("ObjectStorage(type=local) keeps files in {}", local.root());
                yield local;
            }
            case "s3" -> {
                StorageProperties.S3 s3 = properties.s3();
                LOGGER.info(
                        "ObjectStorage(type=s3) keeps files in bucket {} at {}",
                        s3.bucket(),
                        blank(s3.endpoint()) ? "AWS " + s3.region() : s3.endpoint());
                yield new S3ObjectStorage(
                        s3Client(s3), s3.bucket(), (int) s3.partSize().toBytes());
            }
            default ->
                throw new IllegalStateException(
                        "AIGENTFORCE_STORAGE must be 'local' or 's3', not '" + properties.type() + "'");
        };
    }

    @Bean
    HealthIndicator storageHealthIndicator(ObjectStorage objectStorage) {
        return () -> {
            try {
                ((StorageCheck) objectStorage).check();
                return Health.up().build();
            } catch (RuntimeException e) {
                return Health.down(e).build();
            }
        };
    }

    static S3Client s3Client(StorageProperties.S3 s3) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60)))
                .region(Region.of(s3.region()))
                .credentialsProvider(credentials(s3))
                .forcePathStyle(s3.pathStyle())
                // S3-compatible stores other than AWS often reject the SDK's default trailing checksums
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (!blank(s3.endpoint())) {
            builder.endpointOverride(URI.create(s3.endpoint()));
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(StorageProperties.S3 s3) {
        if (blank(s3.accessKey())) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
