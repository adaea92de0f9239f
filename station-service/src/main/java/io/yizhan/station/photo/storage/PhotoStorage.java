package io.yizhan.station.photo.storage;

import io.yizhan.station.photo.PhotoStorageConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The photo objects in the S3 bucket. Blocking calls (the SDK's synchronous client): callers run them
 * on a worker thread, never on the event loop.
 */
@ApplicationScoped
public class PhotoStorage {

    private final S3Client s3;
    private final PhotoStorageConfig config;
    private volatile boolean bucketChecked;

    public PhotoStorage(PhotoStorageConfig config) {
        this.config = config;
        this.s3 = S3Client.builder()
                .endpointOverride(URI.create(config.endpoint()))
                .region(Region.of(config.region()))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey(), config.secretKey())))
                // checksums only where the API requires them: S3-compatible stores differ in the trailing-checksum support
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(30)).build())
                .build();
    }

    /** Stores a JPEG under its key. */
    public void put(String key, byte[] jpeg) {
        ensureBucket();
        s3.putObject(b -> b.bucket(config.bucket()).key(key).contentType("image/jpeg").contentLength((long) jpeg.length),
                RequestBody.fromBytes(jpeg));
    }

    /** The object's bytes, or empty when it is gone. */
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(config.bucket()).key(key)).asByteArray());
        } catch (NoSuchKeyException | NoSuchBucketException gone) {
            return Optional.empty();
        }
    }

    /** Deletes an object; deleting one that is gone is not an error (S3's own rule). */
    public void delete(String key) {
        s3.deleteObject(b -> b.bucket(config.bucket()).key(key));
    }

    private void ensureBucket() {
        if (bucketChecked || !config.createBucket()) {
            return;
        }
        synchronized (this) {
            if (bucketChecked) {
                return;
            }
            try {
                s3.headBucket(b -> b.bucket(config.bucket()));
            } catch (NoSuchBucketException missing) {
                s3.createBucket(b -> b.bucket(config.bucket()));
            } catch (S3Exception e) {
                if (e.statusCode() != 404) {
                    throw e;
                }
                s3.createBucket(b -> b.bucket(config.bucket()));
            }
            bucketChecked = true;
        }
    }

    @PreDestroy
    void close() {
        s3.close();
    }
}
