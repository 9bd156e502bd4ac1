package com.aigentforce.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.AiGentForceApplication;
import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.support.Api;
import com.aigentforce.support.Fixtures;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The knowledge base on S3-compatible storage: a node configured with {@code AIGENTFORCE_STORAGE=s3} keeps uploads
 * in the bucket of a real S3 server (s3proxy on a free loopback port), ingests them from there and finds them.
 */
class KnowledgeOnS3Test {

    static final String ACCESS_KEY = "kb-access";
    static final String SECRET_KEY = "kb-secret-key";
    static final String BUCKET = "knowledge";

    static S3Proxy s3;
    static S3Client bucket;
    static ConfigurableApplicationContext node;
    static Api api;

    // a database of its own: other test contexts of this JVM use local storage and would take its ingestion jobs
    @TempDir(cleanup = CleanupMode.ALWAYS)
    static Path dataDir;

    @BeforeAll
    static void start() throws Exception {
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        s3 = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        s3.start();
        String endpoint = "http://127.0.0.1:" + s3.getPort();
        bucket = S3Client.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
        bucket.createBucket(b -> b.bucket(BUCKET));
        node = new SpringApplicationBuilder(AiGentForceApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--aigentforce.data-dir=" + dataDir,
                        "--aigentforce.storage.type=s3",
                        "--aigentforce.storage.s3.endpoint=" + endpoint,
                        "--aigentforce.storage.s3.bucket=" + BUCKET,
                        "--aigentforce.storage.s3.access-key=" + ACCESS_KEY,
                        "--aigentforce.storage.s3.secret-key=" + SECRET_KEY,
                        "--aigentforce.storage.s3.path-style=true");
        api = new Api(((WebServerApplicationContext) node).getWebServer().getPort());
    }

    @AfterAll
    static void stop() throws Exception {
        node.close();
        bucket.close();
        s3.stop();
    }

    @Test
    void anUploadIsStoredInTheBucketIngestedFromThereAndFound() {
        var org = new Fixtures(api).organisation();
        String token = org.owner().accessToken();
        var kb = new KnowledgeFixtures(api);
        String documentId = kb.uploadText(
                token, kb.knowledgeBase(token), "s3.txt", "Sturgeon ladders help fish pass the weir upstream.");
        assertThat(kb.awaitFinished(token, documentId).path("status").asString())
                .isEqualTo("indexed");
        var keys = bucket.listObjectsV2(b -> b.bucket(BUCKET).prefix("tenants/" + org.tenantId()))
                .contents();
        assertThat(keys).hasSize(1);
        assertThat(keys.getFirst().key()).contains(documentId);
        assertThat(kb.searchTexts(token, "mode=hybrid&q=sturgeon+weir"))
                .anyMatch(text -> text.contains("Sturgeon ladders"));
    }
}
