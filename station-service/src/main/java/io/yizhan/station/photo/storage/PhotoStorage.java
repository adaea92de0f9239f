package io.yizhan.station.photo.storage;

import io.quarkus.logging.Log;
import io.yizhan.common.problem.ProblemException;
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
import java.util.List;
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
        if (config.accessKey().isEmpty() || config.secretKey().isEmpty()) {
            Log.warn("yizhan.s3.access-key or secret-key is not set: station photos answer 503 until it is (YIZHAN_S3_ACCESS_KEY, YIZHAN_S3_SECRET_KEY)");
            this.s3 = null;
            return;
        }
        this.s3 = S3Client.builder()
                .endpointOverride(URI.create(config.endpoint()))
                .region(Region.of(config.region()))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey().get(), config.secretKey().get())))
                // checksums only where the API requires them: S3-compatible stores differ in the trailing-checksum support
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(30)).build())
                .build();
    }

    /** The client, or a 503 problem where no key pair is configured. */
    private S3Client s3() {
        if (s3 == null) {
            throw new ProblemException(503, "照片存储未配置 / Photo storage not configured",
                    "照片存储尚未配置密钥，请联系运维 / the photo store has no key pair yet; tell the operators", List.of());
        }
        return s3;
    }

    /** Stores a JPEG under its key. */
    public void put(String key, byte[] jpeg) {
        S3Client s3 = s3();
        ensureBucket();
        s3.putObject(b -> b.bucket(config.bucket()).key(key).contentType("image/jpeg").contentLength((long) jpeg.length),
                RequestBody.fromBytes(jpeg));
    }

    /** The object's bytes, or empty when it is gone. */
    public Optional<byte[]> get(String key) {
        S3Client s3 = s3();
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(config.bucket()).key(key)).asByteArray());
        } catch (NoSuchKeyException | NoSuchBucketException gone) {
            return Optional.empty();
        }
    }

    /** Deletes an object; deleting one that is gone is not an error (S3's own rule). */
    public void delete(String key) {
        s3().deleteObject(b -> b.bucket(config.bucket()).key(key));
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
        if (s3 != null) {
            s3.close();
        }
    }
}
