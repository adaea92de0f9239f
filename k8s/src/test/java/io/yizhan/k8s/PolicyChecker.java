package io.yizhan.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Platform rules over a whole rendered overlay; each returns human-readable violations.
 * <ul>
 * <li>every Deployment container: liveness and readiness probes, cpu and memory requests and limits,
 * runs as non-root (pod or container securityContext), image with a tag that is not {@code latest};</li>
 * <li>every Secret a Deployment, Keycloak, CloudNativePG Cluster/ObjectStore or Gateway refers to exists
 * <em>and holds the key asked for</em>: a Secret in the manifests (its data keys), one an operator makes
 * for an object the manifests name (CloudNativePG {@code <cluster>-app}, Strimzi KafkaUser {@code <user>}
 * and {@code <kafka>-cluster-ca-cert}, cert-manager the TLS secret of an annotated Gateway), each with the
 * keys that operator writes, or one listed with its keys in k8s/external-secrets.txt;</li>
 * <li>every ConfigMap a Deployment refers to exists;</li>
 * <li>every HTTPRoute backend is a Service in the manifests or made by an operator (Keycloak's
 * {@code <name>-service}), and every parent Gateway exists;</li>
 * <li>every NetworkPolicy pod selector (the policy's own, and peers without a namespace selector), every
 * PodDisruptionBudget and PodMonitor selector, every Kafka listener's networkPolicyPeers and every peer of
 * a Keycloak's {@code spec.networkPolicy} matches pods that the manifests make: Deployments' templates, or
 * the pods the operators label for a Kafka node pool, a PostgreSQL cluster or pooler, a Keycloak;</li>
 * <li>where the manifests have NetworkPolicies, a Keycloak's {@code spec.networkPolicy} is on and names the
 * sources of every port the operator's policy opens (a missing list admits any source);</li>
 * <li>a Deployment under a HorizontalPodAutoscaler does not fix {@code replicas} (every apply would reset
 * the autoscaler), and every HPA targets a Deployment that exists;</li>
 * <li>the realm import carries no users and none of the demo clients, and protects against brute force with
 * a password policy of at least 12 characters;</li>
 * <li>every workload is hardened (see {@link #hardening}) in a namespace that enforces Pod Security "restricted".</li>
 * </ul>
 */
final class PolicyChecker {

    static final Set<String> DEMO_CLIENTS = Set.of("yizhan-cli", "partner-demo", "device-demo");
    /** What CloudNativePG writes into {@code <cluster>-app} (docs: "Connecting from an application"). */
    static final Set<String> CNPG_APP_KEYS = Set.of("username", "user", "password", "host", "port", "dbname",
            "uri", "jdbc-uri", "pgpass", "fqdn-uri", "fqdn-jdbc-uri");
    /** What the Strimzi User Operator writes for a KafkaUser with SCRAM-SHA-512 authentication. */
    static final Set<String> STRIMZI_SCRAM_KEYS = Set.of("password", "sasl.jaas.config");
    /** ... and with TLS (mTLS) authentication. */
    static final Set<String> STRIMZI_TLS_USER_KEYS = Set.of("ca.crt", "user.crt", "user.key", "user.p12", "user.password");
    /** Strimzi's public cluster CA secret {@code <kafka>-cluster-ca-cert}. */
    static final Set<String> STRIMZI_CA_CERT_KEYS = Set.of("ca.crt", "ca.p12", "ca.password");
    /** cert-manager's certificate secrets (type kubernetes.io/tls). */
    static final Set<String> TLS_KEYS = Set.of("tls.crt", "tls.key", "ca.crt");

    private final Map<String, Set<String>> externalSecrets;
    private final Set<String> plannedServices;

    PolicyChecker(Map<String, Set<String>> externalSecrets, Set<String> plannedServices) {
        this.externalSecrets = externalSecrets;
        this.plannedServices = plannedServices;
    }

    List<String> check(List<JsonNode> objects) {
        Map<String, Set<String>> secrets = new TreeMap<>(externalSecrets);
        Set<String> configMaps = new TreeSet<>();
        Set<String> services = new TreeSet<>();
        Set<String> gateways = new TreeSet<>();
        Set<String> serviceAccounts = new TreeSet<>();
        Map<String, JsonNode> deployments = new HashMap<>();
        for (JsonNode o : objects) {
            String name = o.path("metadata").path("name").asText();
            switch (o.path("kind").asText()) {
                case "Secret" -> {
                    Set<String> keys = new TreeSet<>();
                    o.path("data").fieldNames().forEachRemaining(keys::add);
                    o.path("stringData").fieldNames().forEachRemaining(keys::add);
                    secrets.put(name, keys);
                }
                case "ConfigMap" -> configMaps.add(name);
                case "ServiceAccount" -> serviceAccounts.add(name);
                case "Service" -> services.add(name);
                case "Deployment" -> deployments.put(name, o);
                case "Cluster" -> {
                    if (o.path("apiVersion").asText().startsWith("postgresql.cnpg.io/")) {
                        secrets.put(name + "-app", CNPG_APP_KEYS);
                    }
                }
                case "Pooler" -> services.add(name);
                case "KafkaUser" -> secrets.put(name, switch (o.path("spec").path("authentication").path("type").asText()) {
                    case "scram-sha-512" -> STRIMZI_SCRAM_KEYS;
                    case "tls", "tls-external" -> STRIMZI_TLS_USER_KEYS;
                    default -> Set.of();
                });
                case "Kafka" -> secrets.put(name + "-cluster-ca-cert", STRIMZI_CA_CERT_KEYS);
                case "Keycloak" -> services.add(name + "-service");
                case "Gateway" -> {
                    gateways.add(name);
                    JsonNode ann = o.path("metadata").path("annotations");
                    if (ann.has("cert-manager.io/cluster-issuer") || ann.has("cert-manager.io/issuer")) {
                        o.path("spec").path("listeners").forEach(l -> l.path("tls").path("certificateRefs")
                                .forEach(c -> secrets.put(c.path("name").asText(), TLS_KEYS)));
                    }
                }
                default -> {
                }
            }
        }
        List<Map<String, String>> pods = pods(objects);
        List<String> v = new ArrayList<>();
        boolean isolated = objects.stream().anyMatch(o -> "NetworkPolicy".equals(o.path("kind").asText()));
        Set<String> autoscaled = new TreeSet<>();
        for (JsonNode o : objects) {
            String id = Manifests.id(o);
            switch (o.path("kind").asText()) {
                // a StatefulSet's pods (the MQTT broker) are held to the same rules
                case "Deployment", "StatefulSet" -> {
                    deployment(o, id, secrets, configMaps, v);
                    hardening(o, id, serviceAccounts, v);
                }
                case "Namespace" -> {
                    JsonNode l = o.path("metadata").path("labels");
                    if (!"restricted".equals(l.path("pod-security.kubernetes.io/enforce").asText())) {
                        v.add(id + ": Pod Security is not enforced at level restricted");
                    }
                }
                case "Keycloak" -> {
                    JsonNode db = o.path("spec").path("db");
                    secretKey(db.path("usernameSecret"), secrets, id + ": db.usernameSecret", v);
                    secretKey(db.path("passwordSecret"), secrets, id + ": db.passwordSecret", v);
                    ref(o.path("spec").path("http").path("tlsSecret"), secrets.keySet(), id + ": http.tlsSecret", v);
                    keycloakNetworkPolicy(o, id, pods, isolated, v);
                }
                case "Cluster" -> {
                    JsonNode s3 = o.path("spec").path("backup").path("barmanObjectStore").path("s3Credentials");
                    s3.fields().forEachRemaining(e -> secretKey(e.getValue(), secrets, id + ": backup s3Credentials." + e.getKey(), v));
                }
                case "ObjectStore" -> {
                    JsonNode s3 = o.path("spec").path("configuration").path("s3Credentials");
                    s3.fields().forEachRemaining(e -> secretKey(e.getValue(), secrets, id + ": s3Credentials." + e.getKey(), v));
                }
                case "Gateway" -> o.path("spec").path("listeners").forEach(l -> l.path("tls").path("certificateRefs")
                        .forEach(c -> ref(c.path("name"), secrets.keySet(), id + ": listener " + l.path("name").asText() + " certificate", v)));
                case "HTTPRoute" -> {
                    o.path("spec").path("parentRefs").forEach(p -> {
                        if (!gateways.contains(p.path("name").asText())) {
                            v.add(id + ": parent Gateway " + p.path("name").asText() + " does not exist");
                        }
                    });
                    o.path("spec").path("rules").forEach(r -> r.path("backendRefs").forEach(b -> {
                        String svc = b.path("name").asText();
                        if (!services.contains(svc) && !plannedServices.contains(svc)) {
                            v.add(id + ": rule goes to Service " + svc + ", which no manifest makes");
                        }
                    }));
                }
                case "NetworkPolicy" -> networkPolicy(o, id, pods, v);
                case "PodDisruptionBudget", "PodMonitor" -> {
                    if (pods.stream().noneMatch(p -> matches(o.path("spec").path("selector"), p))) {
                        v.add(id + ": selector " + o.path("spec").path("selector") + " matches no pod the manifests make");
                    }
                }
                case "Kafka" -> o.path("spec").path("kafka").path("listeners").forEach(l -> l.path("networkPolicyPeers").forEach(peer -> {
                    if (peer.has("podSelector") && !peer.has("namespaceSelector")
                            && pods.stream().noneMatch(p -> matches(peer.path("podSelector"), p))) {
                        v.add(id + ": listener " + l.path("name").asText() + " peer " + peer.path("podSelector") + " matches no pod the manifests make");
                    }
                }));
                case "HorizontalPodAutoscaler" -> {
                    JsonNode target = o.path("spec").path("scaleTargetRef");
                    JsonNode d = deployments.get(target.path("name").asText());
                    if (!"Deployment".equals(target.path("kind").asText()) || d == null) {
                        v.add(id + ": scales " + target.path("kind").asText() + " " + target.path("name").asText() + ", which does not exist");
                    } else {
                        autoscaled.add(target.path("name").asText());
                        if (d.path("spec").has("replicas")) {
                            v.add(Manifests.id(d) + ": fixes replicas " + d.path("spec").path("replicas").asText()
                                    + " under " + id + " (every apply resets the autoscaler)");
                        }
                    }
                }
                case "KeycloakRealmImport" -> {
                    JsonNode realm = o.path("spec").path("realm");
                    if (realm.has("users") && !realm.path("users").isEmpty()) {
                        v.add(id + ": imports users (demo accounts do not belong in a deployed realm)");
                    }
                    if (!realm.path("bruteForceProtected").asBoolean(false)) {
                        v.add(id + ": no brute-force protection");
                    }
                    java.util.regex.Matcher length = java.util.regex.Pattern.compile("length\\((\\d+)\\)").matcher(realm.path("passwordPolicy").asText(""));
                    if (!length.find() || Integer.parseInt(length.group(1)) < 12) {
                        v.add(id + ": password policy does not require 12 characters or more");
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

    /**
     * The labels of every pod the manifests make: Deployment and StatefulSet templates, and the pods operators create and
     * label for their resources (Strimzi: a node pool's brokers/controllers, the entity operator, Kafka
     * Exporter; CloudNativePG: instances and PgBouncer poolers; Keycloak Operator: the server pods).
     */
    static List<Map<String, String>> pods(List<JsonNode> objects) {
        List<Map<String, String>> pods = new ArrayList<>();
        Set<String> kafkasWithExporter = new TreeSet<>();
        for (JsonNode o : objects) {
            String name = o.path("metadata").path("name").asText();
            switch (o.path("kind").asText()) {
                case "Deployment", "StatefulSet" -> pods.add(labels(o.path("spec").path("template").path("metadata").path("labels")));
                case "KafkaNodePool" -> {
                    String cluster = o.path("metadata").path("labels").path("strimzi.io/cluster").asText();
                    Map<String, String> l = new LinkedHashMap<>();
                    l.put("strimzi.io/cluster", cluster);
                    l.put("strimzi.io/kind", "Kafka");
                    l.put("strimzi.io/name", cluster + "-kafka");
                    l.put("strimzi.io/component-type", "kafka");
                    l.put("strimzi.io/pool-name", name);
                    Set<String> roles = new TreeSet<>();
                    o.path("spec").path("roles").forEach(r -> roles.add(r.asText()));
                    l.put("strimzi.io/broker-role", String.valueOf(roles.contains("broker")));
                    l.put("strimzi.io/controller-role", String.valueOf(roles.contains("controller")));
                    l.put("app.kubernetes.io/name", "kafka");
                    l.put("app.kubernetes.io/instance", cluster);
                    pods.add(l);
                }
                case "Kafka" -> {
                    if (o.path("spec").has("entityOperator")) {
                        pods.add(Map.of("strimzi.io/cluster", name, "strimzi.io/kind", "Kafka",
                                "strimzi.io/name", name + "-entity-operator", "app.kubernetes.io/name", "entity-operator"));
                    }
                    if (o.path("spec").has("kafkaExporter")) {
                        kafkasWithExporter.add(name);
                        pods.add(Map.of("strimzi.io/cluster", name, "strimzi.io/kind", "Kafka",
                                "strimzi.io/name", name + "-kafka-exporter", "app.kubernetes.io/name", "kafka-exporter"));
                    }
                }
                case "Cluster" -> {
                    if (o.path("apiVersion").asText().startsWith("postgresql.cnpg.io/")) {
                        pods.add(Map.of("cnpg.io/cluster", name, "cnpg.io/podRole", "instance", "cnpg.io/instanceRole", "primary"));
                        pods.add(Map.of("cnpg.io/cluster", name, "cnpg.io/podRole", "instance", "cnpg.io/instanceRole", "replica"));
                    }
                }
                case "Pooler" -> pods.add(Map.of("cnpg.io/poolerName", name, "cnpg.io/podRole", "pooler",
                        "cnpg.io/cluster", o.path("spec").path("cluster").path("name").asText()));
                case "Keycloak" -> pods.add(Map.of("app", "keycloak", "app.kubernetes.io/instance", name,
                        "app.kubernetes.io/managed-by", "keycloak-operator", "app.kubernetes.io/component", "server"));
                default -> {
                }
            }
        }
        return pods;
    }

    private static void networkPolicy(JsonNode np, String id, List<Map<String, String>> pods, List<String> v) {
        JsonNode own = np.path("spec").path("podSelector");
        if (pods.stream().noneMatch(p -> matches(own, p))) {
            v.add(id + ": podSelector " + own + " matches no pod the manifests make");
        }
        for (String dir : List.of("ingress", "egress")) {
            String peers = dir.equals("ingress") ? "from" : "to";
            np.path("spec").path(dir).forEach(rule -> rule.path(peers).forEach(peer -> {
                if (peer.has("podSelector") && !peer.has("namespaceSelector")
                        && pods.stream().noneMatch(p -> matches(peer.path("podSelector"), p))) {
                    v.add(id + ": " + dir + " peer podSelector " + peer.path("podSelector") + " matches no pod the manifests make");
                }
            }));
        }
    }

    /**
     * The NetworkPolicy the Keycloak Operator writes for the server pods from {@code spec.networkPolicy} (on
     * unless {@code enabled: false}): one rule per port it opens — http (8080) unless only TLS is on, https
     * with a TLS secret, management (9000) — whose sources are the list of that name, every source when the
     * list is missing or empty. So where the overlay isolates pods, each list the ports call for must be there.
     */
    private static void keycloakNetworkPolicy(JsonNode kc, String id, List<Map<String, String>> pods, boolean isolated, List<String> v) {
        JsonNode np = kc.path("spec").path("networkPolicy");
        for (String list : List.of("http", "https", "management")) {
            np.path(list).forEach(peer -> {
                if (peer.has("podSelector") && !peer.has("namespaceSelector")
                        && pods.stream().noneMatch(p -> matches(peer.path("podSelector"), p))) {
                    v.add(id + ": networkPolicy." + list + " peer podSelector " + peer.path("podSelector") + " matches no pod the manifests make");
                }
            });
        }
        if (!isolated) {
            return;
        }
        if (!np.path("enabled").asBoolean(true)) {
            v.add(id + ": spec.networkPolicy is disabled, so no policy admits the Gateway and the services to Keycloak");
            return;
        }
        boolean tls = !kc.path("spec").path("http").path("tlsSecret").asText("").isBlank();
        List<String> lists = new ArrayList<>(List.of("http", "management"));
        if (tls) {
            lists.add("https");
        }
        for (String list : lists) {
            if (np.path(list).isEmpty()) {
                v.add(id + ": spec.networkPolicy." + list + " names no source, so the operator's NetworkPolicy admits any");
            }
        }
    }

    /** Kubernetes label selector semantics: matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist). */
    static boolean matches(JsonNode selector, Map<String, String> labels) {
        var it = selector.path("matchLabels").fields();
        while (it.hasNext()) {
            var e = it.next();
            if (!e.getValue().asText().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (JsonNode ex : selector.path("matchExpressions")) {
            String key = ex.path("key").asText();
            Set<String> values = new TreeSet<>();
            ex.path("values").forEach(x -> values.add(x.asText()));
            boolean ok = switch (ex.path("operator").asText()) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> labels(JsonNode node) {
        Map<String, String> l = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> l.put(e.getKey(), e.getValue().asText()));
        return l;
    }

    /**
     * Pod Security "restricted" and the platform's hardening: read-only root with a writable /tmp, no
     * privilege escalation, capabilities dropped, RuntimeDefault seccomp, its own ServiceAccount without
     * a token, and a grace period longer than the preStop pause plus Quarkus' shutdown timeout.
     */
    private static void hardening(JsonNode d, String id, Set<String> serviceAccounts, List<String> v) {
        JsonNode pod = d.path("spec").path("template").path("spec");
        if (!"RuntimeDefault".equals(pod.at("/securityContext/seccompProfile/type").asText())) {
            v.add(id + ": no seccomp profile RuntimeDefault");
        }
        if (pod.path("automountServiceAccountToken").asBoolean(true)) {
            v.add(id + ": mounts a ServiceAccount token");
        }
        String sa = pod.path("serviceAccountName").asText("default");
        if (!serviceAccounts.contains(sa)) {
            v.add(id + ": runs as ServiceAccount " + sa + ", which the manifests do not make");
        }
        for (JsonNode c : pod.path("containers")) {
            String cid = id + " container " + c.path("name").asText();
            JsonNode sc = c.path("securityContext");
            if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
                v.add(cid + ": root file system is writable");
            } else {
                boolean tmp = false;
                for (JsonNode m : c.path("volumeMounts")) {
                    tmp |= m.path("mountPath").asText().equals("/tmp");
                }
                if (!tmp) {
                    v.add(cid + ": read-only root file system without a /tmp volume");
                }
            }
            if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
                v.add(cid + ": allows privilege escalation");
            }
            boolean dropsAll = false;
            for (JsonNode cap : sc.path("capabilities").path("drop")) {
                dropsAll |= cap.asText().equals("ALL");
            }
            if (!dropsAll) {
                v.add(cid + ": does not drop ALL capabilities");
            }
            if (!"quarkus".equals(d.at("/metadata/labels/app.kubernetes.io~1managed-by").asText())) {
                continue;
            }
            long shutdown = -1;
            for (JsonNode e : c.path("env")) {
                if (e.path("name").asText().equals("QUARKUS_SHUTDOWN_TIMEOUT")) {
                    shutdown = Long.parseLong(e.path("value").asText().replace("s", ""));
                }
            }
            if (shutdown < 0) {
                v.add(cid + ": no QUARKUS_SHUTDOWN_TIMEOUT (graceful shutdown)");
                continue;
            }
            long preStop = c.at("/lifecycle/preStop/sleep/seconds").asLong(0);
            long grace = pod.path("terminationGracePeriodSeconds").asLong(30);
            if (grace <= preStop + shutdown) {
                v.add(cid + ": terminationGracePeriodSeconds " + grace + " does not cover preStop " + preStop
                        + " s + QUARKUS_SHUTDOWN_TIMEOUT " + shutdown + " s");
            }
        }
    }

    private static void deployment(JsonNode d, String id, Map<String, Set<String>> secrets, Set<String> configMaps, List<String> v) {
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
                secretKey(e.path("valueFrom").path("secretKeyRef"), secrets, cid + ": env " + e.path("name").asText(), v);
                ref(e.path("valueFrom").path("configMapKeyRef").path("name"), configMaps, cid + ": env " + e.path("name").asText(), v);
            });
            c.path("envFrom").forEach(e -> {
                ref(e.path("secretRef").path("name"), secrets.keySet(), cid + ": envFrom secretRef", v);
                ref(e.path("configMapRef").path("name"), configMaps, cid + ": envFrom configMapRef", v);
            });
        }
        pod.path("volumes").forEach(vol -> {
            JsonNode secret = vol.path("secret");
            String where = id + ": volume " + vol.path("name").asText();
            ref(secret.path("secretName"), secrets.keySet(), where, v);
            secret.path("items").forEach(item -> key(secret.path("secretName").asText(), item.path("key").asText(), secrets, where, v));
            ref(vol.path("configMap").path("name"), configMaps, where, v);
        });
    }

    /** A {name, key} reference (secretKeyRef, SecretKeySelector): the Secret exists and holds the key. */
    private static void secretKey(JsonNode selector, Map<String, Set<String>> secrets, String where, List<String> v) {
        if (selector.isMissingNode() || selector.path("name").isMissingNode()) {
            return;
        }
        String name = selector.path("name").asText();
        if (!secrets.containsKey(name)) {
            v.add(where + " refers to " + name + ", which nothing creates");
        } else if (selector.has("key")) {
            key(name, selector.path("key").asText(), secrets, where, v);
        }
    }

    private static void key(String secret, String key, Map<String, Set<String>> secrets, String where, List<String> v) {
        Set<String> keys = secrets.get(secret);
        if (keys != null && !keys.contains(key)) {
            v.add(where + " reads key " + key + " of Secret " + secret + ", which holds only " + new TreeSet<>(keys));
        }
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
