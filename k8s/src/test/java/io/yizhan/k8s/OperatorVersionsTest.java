package io.yizhan.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The objects are validated against the schemas in k8s/schemas; an operator of another release in the
 * cluster may accept or prune other fields. So the release the README's install steps tell whoever sets up
 * the cluster to install must be the one each schema was copied from, and changing one without the other
 * fails here.
 */
class OperatorVersionsTest {

    /** Operator name as the install step writes it → the repository its schemas come from. */
    static final Map<String, String> SOURCES = Map.of(
            "Strimzi", "strimzi/strimzi-kafka-operator",
            "CloudNativePG", "cloudnative-pg/cloudnative-pg",
            "Barman Cloud plugin", "cloudnative-pg/plugin-barman-cloud",
            "Keycloak Operator", "keycloak-operator",
            "Prometheus Operator", "prometheus-operator/prometheus-operator",
            "Gateway API", "kubernetes-sigs/gateway-api");

    /** Release of each source, from the {@code $comment} of every schema file (all files of a source agree). */
    static Map<String, String> schemaVersions(Path schemas) throws IOException {
        Map<String, String> versions = new TreeMap<>();
        Pattern release = Pattern.compile("(?:github\\.com/([\\w.-]+/[\\w.-]+) v?(\\d+\\.\\d+\\.\\d+) )|(?:/(keycloak-operator)/(\\d+\\.\\d+\\.\\d+)/)");
        try (Stream<Path> files = Files.list(schemas)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String comment = Manifests.JSON.readTree(Files.readString(f)).path("$comment").asText();
                Matcher m = release.matcher(comment);
                assertThat(m.find()).as("%s names its source release in $comment", f.getFileName()).isTrue();
                String source = m.group(1) != null ? m.group(1) : m.group(3);
                String version = m.group(1) != null ? m.group(2) : m.group(4);
                String before = versions.putIfAbsent(source, version);
                assertThat(before).as("every schema of %s is of one release", source).isIn(null, version);
            }
        }
        return versions;
    }

    /** What the README's install steps 1–3 (Gateway API, cert-manager, operators) name: "Name **x.y.z**". */
    static Map<String, String> installVersions(String readme) {
        int start = readme.indexOf("## Apply the prod overlay");
        int end = readme.indexOf("\n4. ", start);
        assertThat(start).as("README has the section '## Apply the prod overlay'").isNotNegative();
        String step = readme.substring(start, end < 0 ? readme.length() : end);
        Map<String, String> versions = new TreeMap<>();
        Matcher m = Pattern.compile("(Strimzi|CloudNativePG|Barman Cloud plugin|Keycloak Operator|Prometheus Operator|Gateway API)\\s+\\*\\*v?(\\d+\\.\\d+\\.\\d+)\\*\\*").matcher(step);
        while (m.find()) {
            versions.put(SOURCES.get(m.group(1)), m.group(2));
        }
        return versions;
    }

    static List<String> problems(Map<String, String> install, Map<String, String> schemas) {
        List<String> problems = new ArrayList<>();
        schemas.forEach((source, version) -> {
            String named = install.get(source);
            if (!version.equals(named)) {
                problems.add(source + ": schemas are of " + version + ", the install steps name " + (named == null ? "no release" : named));
            }
        });
        install.forEach((source, version) -> {
            if (!schemas.containsKey(source)) {
                problems.add(source + ": the install steps name " + version + " but no schema comes from it");
            }
        });
        return problems;
    }

    @Test
    void theInstallStepsNameTheReleasesTheSchemasCameFrom() throws IOException {
        Map<String, String> schemas = schemaVersions(Manifests.k8s().resolve("schemas"));
        assertThat(schemas).containsOnlyKeys(SOURCES.values());
        assertThat(problems(installVersions(Files.readString(Manifests.k8s().resolve("README.md"))), schemas)).isEmpty();
    }

    @Test
    void anOperatorInstalledAtAnotherReleaseIsCaught() throws IOException {
        Map<String, String> schemas = schemaVersions(Manifests.k8s().resolve("schemas"));
        String readme = Files.readString(Manifests.k8s().resolve("README.md"))
                .replace("Keycloak Operator **" + schemas.get("keycloak-operator") + "**", "Keycloak Operator **26.7.3**");
        assertThat(problems(installVersions(readme), schemas))
                .containsExactly("keycloak-operator: schemas are of " + schemas.get("keycloak-operator") + ", the install steps name 26.7.3");
    }
}
