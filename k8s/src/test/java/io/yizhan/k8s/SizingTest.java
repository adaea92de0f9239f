package io.yizhan.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prod autoscalers do what the sizing note in k8s/README.md assumes: each scales on the stated share
 * of its container's CPU <em>limit</em> (a percentage {@code Utilization} target would be of the request),
 * and no HPA may grow a consuming service beyond the partitions of the event topics.
 */
class SizingTest {

    private static final Pattern NOTE = Pattern.compile("HPA target: \\*\\*(\\d+) %\\*\\* of the container's CPU limit");

    static int notedPercent() throws IOException {
        Matcher m = NOTE.matcher(Files.readString(Manifests.k8s().resolve("README.md")));
        assertThat(m.find()).as("k8s/README.md states \"HPA target: **N %** of the container's CPU limit\"").isTrue();
        return Integer.parseInt(m.group(1));
    }

    static long millicores(String quantity) {
        return quantity.endsWith("m") ? Long.parseLong(quantity.substring(0, quantity.length() - 1))
                : Math.round(Double.parseDouble(quantity) * 1000);
    }

    /** Where an HPA's CPU target differs from {@code percent} % of its Deployment's container CPU limit. */
    static List<String> problems(List<JsonNode> objects, int percent) {
        List<String> problems = new ArrayList<>();
        int partitions = objects.stream().filter(o -> Manifests.is(o, "KafkaTopic") && o.path("metadata").path("name").asText().endsWith("-events"))
                .mapToInt(o -> o.path("spec").path("partitions").asInt()).min().orElse(Integer.MAX_VALUE);
        for (JsonNode hpa : objects) {
            if (!Manifests.is(hpa, "HorizontalPodAutoscaler")) {
                continue;
            }
            String target = hpa.path("spec").path("scaleTargetRef").path("name").asText();
            JsonNode container = objects.stream().filter(o -> Manifests.is(o, "Deployment") && o.path("metadata").path("name").asText().equals(target))
                    .findFirst().orElseThrow().at("/spec/template/spec/containers/0/resources");
            long limit = millicores(container.path("limits").path("cpu").asText());
            long request = millicores(container.path("requests").path("cpu").asText());
            for (JsonNode metric : hpa.path("spec").path("metrics")) {
                JsonNode t = metric.path("resource").path("target");
                if (!metric.path("resource").path("name").asText().equals("cpu")) {
                    continue;
                }
                long actual = t.path("type").asText().equals("Utilization") ? request * t.path("averageUtilization").asLong() / 100
                        : millicores(t.path("averageValue").asText());
                long expected = limit * percent / 100;
                if (actual != expected) {
                    problems.add(Manifests.id(hpa) + ": scales at " + actual + "m per pod, the sizing note assumes " + expected + "m ("
                            + percent + " % of the " + limit + "m limit)");
                }
            }
            if (Manifests.SERVICES.contains(target) && hpa.path("spec").path("maxReplicas").asInt() > partitions) {
                problems.add(Manifests.id(hpa) + ": maxReplicas " + hpa.path("spec").path("maxReplicas").asInt()
                        + " exceeds the " + partitions + " partitions of the event topics");
            }
        }
        return problems;
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"prod", "national"})
    void autoscalersScaleWhereTheSizingNoteSays(String overlay) throws IOException {
        assertThat(problems(Manifests.render(overlay), notedPercent())).isEmpty();
    }

    @Test
    void nationalScalesToTwelve() {
        assertThat(Manifests.render("national")).filteredOn(o -> Manifests.is(o, "HorizontalPodAutoscaler"))
                .allSatisfy(h -> assertThat(h.at("/spec/maxReplicas").asInt()).isEqualTo(12));
    }

    @Test
    void aPercentOfTheRequestIsCaught() throws IOException {
        List<JsonNode> prod = new ArrayList<>();
        Manifests.render("prod").forEach(o -> prod.add(o.deepCopy()));
        JsonNode hpa = prod.stream().filter(o -> Manifests.is(o, "HorizontalPodAutoscaler")
                && o.path("metadata").path("name").asText().equals("rating-service")).findFirst().orElseThrow();
        ObjectNode target = (ObjectNode) hpa.at("/spec/metrics/0/resource/target");
        target.removeAll();
        target.put("type", "Utilization").put("averageUtilization", 70);
        ((ObjectNode) hpa.path("spec")).put("maxReplicas", 12);
        assertThat(problems(prod, notedPercent())).containsExactlyInAnyOrder(
                "autoscaling/v2 HorizontalPodAutoscaler rating-service: scales at 175m per pod, the sizing note assumes 700m (70 % of the 1000m limit)",
                "autoscaling/v2 HorizontalPodAutoscaler rating-service: maxReplicas 12 exceeds the 6 partitions of the event topics");
    }

    /** Connections CloudNativePG keeps for itself (superuser_reserved_connections 3, streaming replicas, probes). */
    static final int RESERVED_CONNECTIONS = 10;

    /**
     * Per service database: at the HPA maximum, pods x JDBC pool (Flyway, direct) + pooler instances x
     * PgBouncer default_pool_size + reserved must fit the cluster's max_connections.
     */
    static List<String> connectionProblems(List<JsonNode> objects, int jdbcPerPod) {
        List<String> problems = new ArrayList<>();
        for (JsonNode pooler : objects) {
            if (!Manifests.is(pooler, "Pooler")) {
                continue;
            }
            String cluster = pooler.path("spec").path("cluster").path("name").asText();
            String service = cluster.replaceFirst("-db$", "");
            JsonNode c = objects.stream().filter(o -> Manifests.is(o, "Cluster") && o.path("metadata").path("name").asText().equals(cluster))
                    .findFirst().orElseThrow();
            int max = c.at("/spec/postgresql/parameters/max_connections").asInt(100);
            int pods = objects.stream().filter(o -> Manifests.is(o, "HorizontalPodAutoscaler")
                            && o.at("/spec/scaleTargetRef/name").asText().equals(service))
                    .mapToInt(o -> o.at("/spec/maxReplicas").asInt()).findFirst()
                    .orElse(objects.stream().filter(o -> Manifests.is(o, "Deployment") && o.at("/metadata/name").asText().equals(service))
                            .mapToInt(o -> o.at("/spec/replicas").asInt(1)).findFirst().orElse(1));
            int poolers = pooler.at("/spec/instances").asInt(1);
            int pool = Integer.parseInt(pooler.at("/spec/pgbouncer/parameters/default_pool_size").asText("20"));
            int needed = pods * jdbcPerPod + poolers * pool + RESERVED_CONNECTIONS;
            if (needed > max) {
                problems.add(Manifests.id(pooler) + ": " + pods + " pods x " + jdbcPerPod + " JDBC + " + poolers + " poolers x " + pool
                        + " + " + RESERVED_CONNECTIONS + " reserved = " + needed + " connections > max_connections " + max + " of " + cluster);
            }
        }
        return problems;
    }

    static int jdbcPerPod() throws IOException {
        Matcher m = Pattern.compile("(?m)^quarkus\\.datasource\\.jdbc\\.max-size=(\\d+)").matcher(Files.readString(
                Manifests.root().resolve("yizhan-common/src/main/resources/META-INF/microprofile-config.properties")));
        assertThat(m.find()).as("yizhan-common sets quarkus.datasource.jdbc.max-size").isTrue();
        return Integer.parseInt(m.group(1));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"dev", "prod", "national"})
    void connectionsFitTheServer(String overlay) throws IOException {
        assertThat(Manifests.render(overlay)).anyMatch(o -> Manifests.is(o, "Pooler"));
        assertThat(connectionProblems(Manifests.render(overlay), jdbcPerPod())).isEmpty();
    }

    @Test
    void tooManyPooledConnectionsAreCaught() throws IOException {
        List<JsonNode> prod = new ArrayList<>();
        Manifests.render("prod").forEach(o -> prod.add(o.deepCopy()));
        JsonNode pooler = prod.stream().filter(o -> Manifests.is(o, "Pooler")
                && o.path("metadata").path("name").asText().equals("rating-service-db-pooler-rw")).findFirst().orElseThrow();
        ((ObjectNode) pooler.at("/spec/pgbouncer/parameters")).put("default_pool_size", "45");
        assertThat(connectionProblems(prod, 2)).containsExactly(
                "postgresql.cnpg.io/v1 Pooler rating-service-db-pooler-rw: 6 pods x 2 JDBC + 2 poolers x 45 + 10 reserved = 112 connections > max_connections 100 of rating-service-db");
    }
}
