package io.yizhan.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Platform rules over a whole rendered overlay; each returns human-readable violations.
 * <ul>
 * <li>every Deployment container: liveness and readiness probes, cpu and memory requests and limits,
 * runs as non-root (pod or container securityContext), image with a tag that is not {@code latest};</li>
 * <li>every Secret a Deployment, Keycloak, CloudNativePG Cluster or Ingress refers to exists: a Secret in
 * the manifests, one an operator makes for an object the manifests name (CloudNativePG
 * {@code <cluster>-app}, Strimzi KafkaUser {@code <user>} and {@code <kafka>-cluster-ca-cert}, cert-manager
 * the TLS secret of an annotated Ingress), or one listed in k8s/external-secrets.txt;</li>
 * <li>every ConfigMap a Deployment refers to exists;</li>
 * <li>every Ingress backend is a Service in the manifests or made by an operator (Keycloak's
 * {@code <name>-service}), except the services listed as planned;</li>
 * <li>the realm import carries no users and none of the demo clients.</li>
 * </ul>
 */
final class PolicyChecker {

    static final Set<String> DEMO_CLIENTS = Set.of("yizhan-cli", "partner-demo", "device-demo");

    private final Set<String> externalSecrets;
    private final Set<String> plannedServices;

    PolicyChecker(Set<String> externalSecrets, Set<String> plannedServices) {
        this.externalSecrets = externalSecrets;
        this.plannedServices = plannedServices;
    }

    List<String> check(List<JsonNode> objects) {
        Set<String> secrets = new TreeSet<>(externalSecrets);
        Set<String> configMaps = new TreeSet<>();
        Set<String> services = new TreeSet<>();
        for (JsonNode o : objects) {
            String name = o.path("metadata").path("name").asText();
            switch (o.path("kind").asText()) {
                case "Secret" -> secrets.add(name);
                case "ConfigMap" -> configMaps.add(name);
                case "Service" -> services.add(name);
                case "Cluster" -> {
                    if (o.path("apiVersion").asText().startsWith("postgresql.cnpg.io/")) {
                        secrets.add(name + "-app");
                    }
                }
                case "KafkaUser" -> secrets.add(name);
                case "Kafka" -> secrets.add(name + "-cluster-ca-cert");
                case "Keycloak" -> services.add(name + "-service");
                case "Ingress" -> {
                    JsonNode ann = o.path("metadata").path("annotations");
                    if (ann.has("cert-manager.io/cluster-issuer") || ann.has("cert-manager.io/issuer")) {
                        o.path("spec").path("tls").forEach(t -> secrets.add(t.path("secretName").asText()));
                    }
                }
                default -> {
                }
            }
        }
        List<String> v = new ArrayList<>();
        for (JsonNode o : objects) {
            String id = Manifests.id(o);
            switch (o.path("kind").asText()) {
                case "Deployment" -> deployment(o, id, secrets, configMaps, v);
                case "Keycloak" -> {
                    JsonNode db = o.path("spec").path("db");
                    ref(db.path("usernameSecret").path("name"), secrets, id + ": db.usernameSecret", v);
                    ref(db.path("passwordSecret").path("name"), secrets, id + ": db.passwordSecret", v);
                    ref(o.path("spec").path("http").path("tlsSecret"), secrets, id + ": http.tlsSecret", v);
                }
                case "Cluster" -> {
                    JsonNode s3 = o.path("spec").path("backup").path("barmanObjectStore").path("s3Credentials");
                    s3.fields().forEachRemaining(e -> ref(e.getValue().path("name"), secrets, id + ": backup s3Credentials." + e.getKey(), v));
                }
                case "Ingress" -> {
                    o.path("spec").path("tls").forEach(t -> ref(t.path("secretName"), secrets, id + ": tls", v));
                    o.path("spec").path("rules").forEach(r -> r.path("http").path("paths").forEach(p -> {
                        String svc = p.path("backend").path("service").path("name").asText();
                        if (!services.contains(svc) && !plannedServices.contains(svc)) {
                            v.add(id + ": path " + p.path("path").asText() + " goes to Service " + svc + ", which no manifest makes");
                        }
                    }));
                }
                case "KeycloakRealmImport" -> {
                    JsonNode realm = o.path("spec").path("realm");
                    if (realm.has("users") && !realm.path("users").isEmpty()) {
                        v.add(id + ": imports users (demo accounts do not belong in a deployed realm)");
                    }
                    realm.path("clients").forEach(c -> {
                        if (DEMO_CLIENTS.contains(c.path("clientId").asText())) {
                            v.add(id + ": imports demo client " + c.path("clientId").asText());
                        }
                    });
                }
                default -> {
                }
            }
        }
        return v;
    }

    private static void deployment(JsonNode d, String id, Set<String> secrets, Set<String> configMaps, List<String> v) {
        JsonNode pod = d.path("spec").path("template").path("spec");
        boolean podNonRoot = pod.path("securityContext").path("runAsNonRoot").asBoolean(false);
        JsonNode containers = pod.path("containers");
        if (containers.isEmpty()) {
            v.add(id + ": no containers");
        }
        for (JsonNode c : containers) {
            String cid = id + " container " + c.path("name").asText();
            if (!c.has("livenessProbe")) {
                v.add(cid + ": no livenessProbe");
            }
            if (!c.has("readinessProbe")) {
                v.add(cid + ": no readinessProbe");
            }
            for (String kind : List.of("requests", "limits")) {
                for (String res : List.of("cpu", "memory")) {
                    if (c.path("resources").path(kind).path(res).asText("").isBlank()) {
                        v.add(cid + ": no resources." + kind + "." + res);
                    }
                }
            }
            JsonNode csc = c.path("securityContext").path("runAsNonRoot");
            boolean nonRoot = csc.isBoolean() ? csc.asBoolean() : podNonRoot;
            if (!nonRoot) {
                v.add(cid + ": may run as root (runAsNonRoot is not true)");
            }
            String image = c.path("image").asText("");
            String afterSlash = image.substring(image.lastIndexOf('/') + 1);
            if (image.isBlank()) {
                v.add(cid + ": no image");
            } else if (!afterSlash.contains(":") && !image.contains("@sha256:")) {
                v.add(cid + ": image " + image + " has no tag");
            } else if (afterSlash.endsWith(":latest")) {
                v.add(cid + ": image " + image + " uses the tag latest");
            }
            c.path("env").forEach(e -> {
                ref(e.path("valueFrom").path("secretKeyRef").path("name"), secrets, cid + ": env " + e.path("name").asText(), v);
                ref(e.path("valueFrom").path("configMapKeyRef").path("name"), configMaps, cid + ": env " + e.path("name").asText(), v);
            });
            c.path("envFrom").forEach(e -> {
                ref(e.path("secretRef").path("name"), secrets, cid + ": envFrom secretRef", v);
                ref(e.path("configMapRef").path("name"), configMaps, cid + ": envFrom configMapRef", v);
            });
        }
        pod.path("volumes").forEach(vol -> {
            ref(vol.path("secret").path("secretName"), secrets, id + ": volume " + vol.path("name").asText(), v);
            ref(vol.path("configMap").path("name"), configMaps, id + ": volume " + vol.path("name").asText(), v);
        });
    }

    private static void ref(JsonNode name, Set<String> known, String where, List<String> v) {
        if (name.isMissingNode() || name.isNull()) {
            return;
        }
        if (!known.contains(name.asText())) {
            v.add(where + " refers to " + name.asText() + ", which nothing creates");
        }
    }
}
