package com.aigentforce.platform.storage;

import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where uploaded files live ({@code AIGENTFORCE_STORAGE}: {@code local} or {@code s3}).
 *
 * @param type {@code local} (default) or {@code s3}
 * @param local the local-directory store
 * @param s3 the S3-compatible store
 */
@Validated
@ConfigurationProperties("aigentforce.storage")
public record StorageProperties(
        @Pattern(regexp = "local|s3", message = "must be 'local' or 's3'")
        String type,

        Local local,
        S3 s3) {

    public StorageProperties {
        type = type == null || type.isBlank() ? "local" : type.strip().toLowerCase(java.util.Locale.ROOT);
        local = local == null ? new Local(null) : local;
        s3 = s3 == null ? new S3(null, null, null, null, null, false, null) : s3;
    }

    /** @param dir the directory holding the files ({@code AIGENTFORCE_FILES_DIR}, default {@code $DATA_DIR/files}) */
    public record Local(Path dir) {

        public Local {
            dir = dir == null ? Path.of("data", "files") : dir;
        }
    }

    /**
     * @param endpoint service URL for a non-AWS store (MinIO, Ceph, s3proxy, …); empty for AWS itself
     * @param bucket the bucket (must exist)
     * @param region signing region
     * @param accessKey access key id; empty to use the AWS default credential chain (environment, profile, IAM role)
     * @param secretKey secret access key
     * @param pathStyle address buckets as {@code endpoint/bucket} instead of {@code bucket.endpoint}
     * @param partSize objects larger than this are sent as multipart uploads of parts this big (at least 5 MB)
     */
    public record S3(
            String endpoint,
            String bucket,
            String region,
            String accessKey,
            String secretKey,
            boolean pathStyle,
            DataSize partSize) {

        static final DataSize MIN_PART = DataSize.ofMegabytes(5);

        public S3 {
            region = region == null || region.isBlank() ? "us-east-1" : region;
            partSize = partSize == null ? DataSize.ofMegabytes(8) : partSize;
        }
    }
}
