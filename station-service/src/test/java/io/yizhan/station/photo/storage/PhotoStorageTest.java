package io.yizhan.station.photo.storage;

import io.yizhan.common.problem.ProblemException;
import io.yizhan.station.photo.PhotoStorageConfig;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A pod whose key pair Secret is missing starts, and its photo endpoints say why they cannot work. */
class PhotoStorageTest {

    record Config(Optional<String> accessKey, Optional<String> secretKey) implements PhotoStorageConfig {
        @Override
        public String endpoint() {
            return "http://127.0.0.1:9";
        }

        @Override
        public String region() {
            return "us-east-1";
        }

        @Override
        public String bucket() {
            return "station-photos";
        }

        @Override
        public boolean createBucket() {
            return false;
        }
    }

    @Test
    void withoutAKeyPairEveryOperationIsA503Problem() {
        PhotoStorage storage = new PhotoStorage(new Config(Optional.of("someone"), Optional.empty()));
        assertThatThrownBy(() -> storage.put("k", new byte[]{1})).isInstanceOfSatisfying(ProblemException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(503));
        assertThatThrownBy(() -> storage.get("k")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> storage.delete("k")).isInstanceOf(ProblemException.class);
        storage.close();
    }
}
