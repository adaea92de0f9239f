package io.yizhan.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public routes (prod HTTPRoutes on the API host) send exactly the path prefixes each service serves
 * to that service. What a service serves: its OpenAPI document where the build writes one
 * ({@code <service>/target/openapi/openapi.yaml}, which every service's build writes: yizhan-common sets
 * {@code quarkus.smallrye-openapi.store-schema-directory}), else the class-level
 * JAX-RS {@code @Path} of every resource in its sources — both cut to {@code /api/v1/<first segment>}.
 * Where both exist they must agree, which keeps the source reading honest.
 */
class RoutesTest {

    static final String API_HOST = "yizhan.example.org";
    static final String AUTH_HOST = "auth.yizhan.example.org";
    private static final Pattern CLASS_PATH = Pattern.compile(
            "@Path\\(\\s*\"([^\"]*)\"\\s*\\)(?=[^{;]*?\\b(?:class|interface|record)\\s)", Pattern.DOTALL);

    /** service -> prefixes it serves: from its OpenAPI document when the build wrote one, else from its sources. */
    static Map<String, Set<String>> served() {
        Map<String, Set<String>> served = fromSources();
        fromOpenApi().forEach(served::put);
        return served;
    }

    /** service -> prefixes of the paths in {@code <service>/target/openapi/openapi.yaml}, for the services that have one. */
    static Map<String, Set<String>> fromOpenApi() {
        Map<String, Set<String>> served = new TreeMap<>();
        for (String service : Manifests.SERVICES) {
            Path doc = Manifests.root().resolve(service).resolve("target/openapi/openapi.yaml");
            if (Files.exists(doc)) {
                Set<String> prefixes = new TreeSet<>();
                Manifests.parseOne(read(doc)).path("paths").fieldNames().forEachRemaining(p -> prefixes.add(prefix(p)));
                served.put(service, prefixes);
            }
        }
        return served;
    }

    static String prefix(String path) {
        Matcher api = Pattern.compile("^(/api/v1/[^/{]+)").matcher(path);
        return api.find() ? api.group(1) : path;
    }

    /** service -> prefixes its resources serve, from {@code <service>/src/main/java}. */
    static Map<String, Set<String>> fromSources() {
        Map<String, Set<String>> served = new TreeMap<>();
        for (String service : Manifests.SERVICES) {
            Path src = Manifests.root().resolve(service).resolve("src/main/java");
            Set<String> prefixes = new TreeSet<>();
            try (Stream<Path> files = Files.walk(src)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> prefixes.addAll(classPrefixes(read(f))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            served.put(service, prefixes);
        }
        return served;
    }

    /** {@code /api/v1/<segment>} of each class-level {@code @Path} in one source file; other roots are kept whole. */
    static Set<String> classPrefixes(String source) {
        Set<String> prefixes = new TreeSet<>();
        Matcher m = CLASS_PATH.matcher(source);
        while (m.find()) {
            prefixes.add(prefix(m.group(1).startsWith("/") ? m.group(1) : "/" + m.group(1)));
        }
        return prefixes;
    }

    /** host -> backend Service -> PathPrefix values routed to it, from the HTTPRoutes of an overlay. */
    static Map<String, Map<String, Set<String>>> routed(List<JsonNode> objects) {
        Map<String, Map<String, Set<String>>> routed = new TreeMap<>();
        for (JsonNode r : objects) {
            if (!Manifests.is(r, "HTTPRoute")) {
                continue;
            }
            for (JsonNode host : r.path("spec").path("hostnames")) {
                for (JsonNode rule : r.path("spec").path("rules")) {
                    for (JsonNode backend : rule.path("backendRefs")) {
                        for (JsonNode match : rule.path("matches")) {
                            routed.computeIfAbsent(host.asText(), h -> new TreeMap<>())
                                    .computeIfAbsent(backend.path("name").asText(), b -> new TreeSet<>())
                                    .add(match.path("path").path("type").asText("PathPrefix") + " " + match.path("path").path("value").asText("/"));
                        }
                    }
                }
            }
        }
        return routed;
    }

    /** Differences between what the services serve and what the API host routes to them; empty when they agree. */
    static List<String> compare(Map<String, Set<String>> served, Map<String, Set<String>> routedToService) {
        List<String> problems = new ArrayList<>();
        for (var e : served.entrySet()) {
            Set<String> expected = new TreeSet<>();
            e.getValue().forEach(p -> expected.add("PathPrefix " + p));
            Set<String> actual = routedToService.getOrDefault(e.getKey(), Set.of());
            for (String p : expected) {
                if (!actual.contains(p)) {
                    problems.add(e.getKey() + " serves " + p.substring(11) + " but no route sends it there");
                }
            }
            for (String p : actual) {
                if (!expected.contains(p)) {
                    problems.add("route " + p + " goes to " + e.getKey() + ", which serves no such prefix");
                }
            }
        }
        routedToService.forEach((svc, paths) -> {
            if (!served.containsKey(svc)) {
                paths.stream().filter(p -> p.contains("/api/")).forEach(p -> problems.add("route " + p + " goes to " + svc + ", which is not an API service"));
            }
        });
        return problems;
    }

    @Test
    void theServicesServeTheirDocumentedPrefixes() {
        Map<String, Set<String>> served = served();
        assertThat(served.get("volunteer-service")).contains("/api/v1/help", "/api/v1/rights", "/api/v1/membership");
        assertThat(served.values()).allSatisfy(p -> assertThat(p).isNotEmpty().allMatch(x -> x.startsWith("/api/v1/")));
    }

    @Test
    void theSourcesAgreeWithTheOpenApiDocuments() {
        Map<String, Set<String>> openApi = fromOpenApi();
        org.junit.jupiter.api.Assumptions.assumeFalse(openApi.isEmpty(),
                "SKIPPED: no <service>/target/openapi/openapi.yaml; package station-service or partner-service first");
        Map<String, Set<String>> sources = fromSources();
        openApi.forEach((service, prefixes) -> assertThat(sources.get(service)).as(service).isEqualTo(prefixes));
    }

    @Test
    void prodRoutesCoverExactlyWhatTheServicesServe() {
        Map<String, Set<String>> api = routed(Manifests.render("prod")).getOrDefault(API_HOST, Map.of());
        assertThat(compare(served(), api)).isEmpty();
        assertThat(api.get("portal")).containsExactly("PathPrefix /");
    }

    @Test
    void aRouteToAPrefixNobodyServesIsReported() {
        List<JsonNode> prod = copy(Manifests.render("prod"));
        ObjectNode path = (ObjectNode) prod.stream().filter(o -> Manifests.is(o, "HTTPRoute")
                        && o.path("metadata").path("name").asText().equals("volunteer-service")).findFirst().orElseThrow()
                .path("spec").path("rules").get(0).path("matches").get(5).path("path");
        assertThat(path.path("value").asText()).isEqualTo("/api/v1/help");
        path.put("value", "/api/v1/help-requests");
        assertThat(compare(served(), routed(prod).get(API_HOST))).containsExactlyInAnyOrder(
                "volunteer-service serves /api/v1/help but no route sends it there",
                "route PathPrefix /api/v1/help-requests goes to volunteer-service, which serves no such prefix");
    }

    @Test
    void onlyClassLevelPathsCount() {
        String src = """
                @Path("/api/v1/lockers/{id}")
                @Produces("application/json")
                public class PickupResource {
                    @POST
                    @Path("pickups")
                    public void pickup() {}
                }
                """;
        assertThat(classPrefixes(src)).containsExactly("/api/v1/lockers");
    }

    @Test
    void keycloakAdminIsNotPublic() {
        Map<String, Set<String>> auth = routed(Manifests.render("prod")).getOrDefault(AUTH_HOST, Map.of());
        assertThat(auth).containsOnlyKeys("yizhan-keycloak-service");
        assertThat(auth.get("yizhan-keycloak-service")).containsExactlyInAnyOrder("PathPrefix /realms/yizhan", "PathPrefix /resources")
                .noneMatch(p -> p.equals("PathPrefix /") || p.contains("admin"));
    }

    private static List<JsonNode> copy(List<JsonNode> objects) {
        List<JsonNode> copy = new ArrayList<>();
        objects.forEach(o -> copy.add(o.deepCopy()));
        return copy;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
