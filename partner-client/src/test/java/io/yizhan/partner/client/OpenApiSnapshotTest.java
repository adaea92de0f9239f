package io.yizhan.partner.client;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client is generated from committed snapshots of the services' OpenAPI documents, so a change
 * to the partners' API is a visible diff. This fails when a service's build writes a document that
 * differs from its snapshot: run {@code partner-client/sync-openapi.sh} and commit the result.
 */
class OpenApiSnapshotTest {

    static final Path ROOT = Path.of(System.getProperty("yizhan.root", "..")).toAbsolutePath().normalize();

    @ParameterizedTest
    @ValueSource(strings = {"station-service", "partner-service"})
    void theSnapshotIsWhatTheServiceGenerates(String service) throws IOException {
        Path generated = ROOT.resolve(service).resolve("target/openapi/openapi.yaml");
        Assumptions.assumeTrue(Files.exists(generated), service + " not built in this run");
        Path snapshot = ROOT.resolve("partner-client/src/main/openapi").resolve(service + ".yaml");
        assertThat(Files.readString(snapshot))
                .as("%s drifted from %s's OpenAPI document: run partner-client/sync-openapi.sh and commit", snapshot, service)
                .isEqualTo(Files.readString(generated));
    }
}
