package com.aigentforce.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 store against a real S3-compatible server (s3proxy, in memory) started on a free loopback port. */
class S3ObjectStorageTest extends ObjectStorageContract {

    private static final String ACCESS_KEY = "test-access";
    private static final String SECRET_KEY = "test-secret-key";

    private static S3Proxy server;
    private static String endpoint;

    private S3Client client;
    private S3ObjectStorage storage;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        server.start();
        endpoint = "http://127.0.0.1:" + server.getPort();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.stop();
    }

    @BeforeEach
    void freshBucket() {
        StorageProperties.S3 config = config("bucket-" + UUID.randomUUID());
        client = StorageConfig.s3Client(config);
        client.createBucket(b -> b.bucket(config.bucket()));
        storage = new S3ObjectStorage(client, config.bucket(), PART_SIZE);
    }

    @AfterEach
    void closeClient() {
        storage.close();
    }

    @Override
    ObjectStorage storage() {
        return storage;
    }

    @Override
    void breakStore() {
        client.deleteBucket(b -> b.bucket(bucketOf()));
    }

    @Test
    void largeContentGoesUpInPartsAndNoUnfinishedUploadRemains() throws java.io.IOException {
        contentLargerThanOnePartRoundTripsWithItsDigest();
        assertThat(client.listMultipartUploads(b -> b.bucket(bucketOf())).uploads())
                .isEmpty();
    }

    @Test
    void aFailedMultipartUploadIsAborted() {
        byte[] content = new byte[PART_SIZE + 10];
        assertThatThrownBy(() -> storage.put("mp/wrong", new ByteArrayInputStream(content), 3, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(client.listMultipartUploads(b -> b.bucket(bucketOf())).uploads())
                .isEmpty();
        assertThat(storage.exists("mp/wrong")).isFalse();
    }

    @Test
    void aMissingBucketMakesTheHealthCheckFail() {
        S3ObjectStorage missing = new S3ObjectStorage(client, "no-such-bucket-" + UUID.randomUUID(), PART_SIZE);
        assertThatThrownBy(missing::check).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void wrongCredentialsSurfaceAsAStoreFailure() {
        StorageProperties.S3 wrong =
                new StorageProperties.S3(endpoint, bucketOf(), "us-east-1", ACCESS_KEY, "wrong", true, null);
        try (S3Client other = StorageConfig.s3Client(wrong)) {
            S3ObjectStorage denied = new S3ObjectStorage(other, bucketOf(), PART_SIZE);
            assertThatThrownBy(() -> denied.exists("x")).isInstanceOf(UncheckedIOException.class);
        }
    }

    @Test
    void aPartSizeBelowTheS3MinimumIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new S3ObjectStorage(client, "b", 1024))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("5 MB");
    }

    @Test
    void theS3StoreIsChosenByConfigurationAndReportsHealthy() {
        new ApplicationContextRunner()
                .withUserConfiguration(StorageConfigTest.Properties.class, StorageConfig.class)
                .withPropertyValues(
                        "aigentforce.storage.type=s3",
                        "aigentforce.storage.s3.endpoint=" + endpoint,
                        "aigentforce.storage.s3.bucket=" + bucketOf(),
                        "aigentforce.storage.s3.access-key=" + ACCESS_KEY,
                        "aigentforce.storage.s3.secret-key=" + SECRET_KEY,
                        "aigentforce.storage.s3.path-style=true")
                .run(app -> {
                    ObjectStorage configured = app.getBean(ObjectStorage.class);
                    assertThat(configured).isInstanceOf(S3ObjectStorage.class);
                    configured.put("via/config", new ByteArrayInputStream(new byte[] {1, 2, 3}), 3, null);
                    assertThat(storage.exists("via/config")).isTrue();
                    assertThat(app.getBean("storageHealthIndicator", HealthIndicator.class)
                                    .health()
                                    .getStatus())
                            .isEqualTo(Status.UP);
                });
    }

    private String bucketOf() {
        return storage.bucket();
    }

    private static StorageProperties.S3 config(String bucket) {
        return new StorageProperties.S3(
                endpoint, bucket, "us-east-1", ACCESS_KEY, SECRET_KEY, true, DataSize.ofBytes(PART_SIZE));
    }
}
