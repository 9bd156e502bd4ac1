package com.aigentforce.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Objects in one bucket of an S3-compatible store. Content up to one part is sent in a single PUT; larger or
 * unannounced content as a multipart upload, one bounded buffer at a time (memory per upload is one part), aborted
 * if anything fails so no half object remains. The SHA-256 is computed locally while the content streams.
 */
final class S3ObjectStorage implements ObjectStorage, StorageCheck {

    private static final Logger LOGGER = LoggerFactory.getLogger(S3ObjectStorage.class);

    private final S3Client s3;
    private final String bucket;
    private final int partSize;

    S3ObjectStorage(S3Client s3, String bucket, int partSize) {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalStateException("AIGENTFORCE_S3_BUCKET must name the bucket when AIGENTFORCE_STORAGE=s3");
        }
        if (partSize < StorageProperties.S3.MIN_PART.toBytes()) {
            throw new IllegalStateException("The S3 part size must be at least 5 MB (S3's smallest part)");
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.partSize = partSize;
    }

    String bucket() {
        return bucket;
    }

    @Override
    public StoredObject put(String key, InputStream content, long size, String contentType) {
        ObjectKeys.check(key);
        MessageDigest sha = Sha256.digest();
        InputStream in = new DigestInputStream(content, sha);
        try {
            byte[] first = in.readNBytes(partSize);
            if (first.length < partSize) {
                checkSize(key, size, first.length);
                call(
                        key,
                        () -> s3.putObject(
                                b -> b.bucket(bucket)
                                        .key(key)
                                        .contentType(contentType)
                                        .contentLength((long) first.length),
                                RequestBody.fromBytes(first)));
                return new StoredObject(key, first.length, Sha256.hex(sha));
            }
            long total = multipart(key, contentType, first, in, size);
            return new StoredObject(key, total, Sha256.hex(sha));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the content of object '" + key + "'", e);
        }
    }

    @Override
    public InputStream open(String key) {
        ObjectKeys.check(key);
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new ObjectNotFound(key);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new ObjectNotFound(key);
            }
            throw failure(key, e);
        } catch (SdkException e) {
            throw failure(key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        ObjectKeys.check(key);
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw failure(key, e);
        } catch (SdkException e) {
            throw failure(key, e);
        }
    }

    @Override
    public void delete(String key) {
        ObjectKeys.check(key);
        call(key, () -> s3.deleteObject(b -> b.bucket(bucket).key(key)));
    }

    @Override
    public List<String> list(String prefix) {
        String checked = ObjectKeys.checkPrefix(prefix);
        return call(
                checked,
                () -> s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(checked)).contents().stream()
                        .map(S3Object::key)
                        .sorted()
                        .toList());
    }

    @Override
    public void check() {
        call("(bucket " + bucket + ")", () -> s3.headBucket(b -> b.bucket(bucket)));
    }

    /** Closes the client's connections when the application stops. */
    public void close() {
        s3.close();
    }

    private long multipart(String key, String contentType, byte[] first, InputStream in, long size) throws IOException {
        String uploadId = call(
                key,
                () -> s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType(contentType))
                        .uploadId());
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long total = 0;
            byte[] part = first;
            while (part.length > 0) {
                int number = parts.size() + 1;
                byte[] body = part;
                String etag = call(
                        key,
                        () -> s3.uploadPart(
                                        b -> b.bucket(bucket)
                                                .key(key)
                                                .uploadId(uploadId)
                                                .partNumber(number)
                                                .contentLength((long) body.length),
                                        RequestBody.fromBytes(body))
                                .eTag());
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                total += part.length;
                part = in.readNBytes(partSize);
            }
            checkSize(key, size, total);
            call(
                    key,
                    () -> s3.completeMultipartUpload(
                            b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts))));
            return total;
        } catch (RuntimeException | IOException e) {
            abort(key, uploadId);
            throw e;
        }
    }

    private void abort(String key, String uploadId) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
        } catch (SdkException e) {
            LOGGER.warn("ObjectStorage(key={}) could not abort multipart upload {}: {}", key, uploadId, e.getMessage());
        }
    }

    private static void checkSize(String key, long announced, long actual) {
        if (announced >= 0 && announced != actual) {
            throw new IllegalArgumentException(
                    "Object '" + key + "' was announced as " + announced + " bytes but has " + actual);
        }
    }

    private static <T> T call(String key, Supplier<T> action) {
        try {
            return action.get();
        } catch (SdkException e) {
            throw failure(key, e);
        }
    }

    private static UncheckedIOException failure(String key, SdkException e) {
        return new UncheckedIOException(new IOException("Object store failed for '" + key + "': " + e.getMessage(), e));
    }
}
