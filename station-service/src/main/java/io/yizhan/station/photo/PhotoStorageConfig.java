package io.yizhan.station.photo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * Where station photos are stored: an S3-compatible object store, path-style (S3Proxy in the local stack
 * and tests, the cloud's object storage in Kubernetes). Env: {@code YIZHAN_S3_ENDPOINT}, {@code YIZHAN_S3_REGION},
 * {@code YIZHAN_S3_BUCKET}, {@code YIZHAN_S3_ACCESS_KEY}, {@code YIZHAN_S3_SECRET_KEY}.
 */
@ConfigMapping(prefix = "yizhan.s3")
public interface PhotoStorageConfig {

    /** The S3 API's base URL, e.g. {@code http://127.0.0.1:18900}. */
    String endpoint();

    @WithDefault("us-east-1")
    String region();

    @WithDefault("station-photos")
    String bucket();

    /**
     * The key pair; a production pod has no default (ProdSecretsTest). Without it station-service still
     * starts, and the photo endpoints answer 503 until the Secret is there.
     */
    Optional<String> accessKey();

    Optional<String> secretKey();

    /** Create the bucket at start-up when it is missing (local stack, tests); off where operators own it. */
    @WithDefault("true")
    boolean createBucket();
}
