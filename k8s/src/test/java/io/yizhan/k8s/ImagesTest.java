package io.yizhan.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every workload quarkus-kubernetes generates runs the image k8s/base/kustomization.yaml names (images:),
 * a release tag or digest from the platform registry, never the generated docker.io/...-SNAPSHOT name;
 * and the image build (Jib, in yizhan-common's and the portal's configuration) pins its base by digest
 * and runs as a non-root user.
 */
class ImagesTest {

    static final String REGISTRY = "registry.yizhan.example.org/yizhan/";

    static List<String> problems(List<JsonNode> objects) {
        List<String> problems = new ArrayList<>();
        for (JsonNode d : objects) {
            if (!Manifests.is(d, "Deployment") || !Manifests.GENERATED.contains(d.path("metadata").path("name").asText())) {
                continue;
            }
            String name = d.path("metadata").path("name").asText();
            for (JsonNode c : d.at("/spec/template/spec/containers")) {
                String image = c.path("image").asText();
                if (!image.startsWith(REGISTRY + name + ":") && !image.startsWith(REGISTRY + name + "@sha256:")) {
                    problems.add(Manifests.id(d) + ": image " + image + " is not set by the images: list of k8s/base/kustomization.yaml");
                } else if (image.contains("SNAPSHOT")) {
                    problems.add(Manifests.id(d) + ": image " + image + " is a mutable snapshot");
                }
            }
        }
        return problems;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void workloadsRunTheReleaseImages(String overlay) {
        assertThat(problems(Manifests.render(overlay))).isEmpty();
    }

    @Test
    void aGeneratedImageNameIsCaught() {
        List<JsonNode> prod = new ArrayList<>();
        Manifests.render("prod").forEach(o -> prod.add(o.deepCopy()));
        JsonNode d = prod.stream().filter(o -> Manifests.is(o, "Deployment") && o.path("metadata").path("name").asText().equals("portal"))
                .findFirst().orElseThrow();
        ((ObjectNode) d.at("/spec/template/spec/containers/0")).put("image", "docker.io/yizhan/portal:0.1.0-SNAPSHOT");
        assertThat(problems(prod)).singleElement().asString().contains("is not set by the images: list");
    }

    @Test
    void imagesAreBuiltOnADigestPinnedBaseAsNonRoot() throws IOException {
        for (String file : List.of("yizhan-common/src/main/resources/META-INF/microprofile-config.properties",
                "portal/src/main/resources/application.properties")) {
            String config = Files.readString(Manifests.root().resolve(file));
            assertThat(config).as(file).containsPattern("(?m)^quarkus\\.jib\\.base-jvm-image=[^\\s]+@sha256:[0-9a-f]{64}$")
                    .containsPattern("(?m)^quarkus\\.jib\\.user=185$")
                    .containsPattern("(?m)^quarkus\\.container-image\\.build=false$");
        }
    }
}
