package io.yizhan.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one rendered object against the schema of its API version, offline:
 * <ul>
 * <li>core Kubernetes kinds: deserialised into the fabric8 8.0.0 typed model (Jackson 3);</li>
 * <li>Strimzi kinds ({@code kafka.strimzi.io/v1}): {@code spec} into the io.strimzi:api 0.50.0 model
 * (Jackson 2), {@code metadata} into fabric8's ObjectMeta, and the whole object against the CRD of the
 * Strimzi release the overlay names (0.51.0, k8s/schemas);</li>
 * <li>every other custom resource (CloudNativePG, its Barman Cloud plugin, Keycloak Operator, Gateway API,
 * Prometheus Operator): the upstream CRD's openAPIV3Schema in k8s/schemas (copied by k8s/schemas/sync-crds.py
 * with source and version in each file's {@code $comment}), read with {@code additionalProperties: false}
 * added wherever the CRD does not preserve unknown fields (the API server would prune such a field
 * silently; here it fails), and {@code metadata} into fabric8's ObjectMeta. CEL rules
 * ({@code x-kubernetes-validations}) are not evaluated.</li>
 * </ul>
 * The typed models keep unknown fields in {@code additionalProperties} instead of failing, so after
 * deserialising, every model object reached from the root is inspected and any field it did not know
 * is reported with its path. An object of a kind none of these covers is an error too.
 */
final class ObjectValidator {

    private static final Map<String, Class<?>> CORE = Map.ofEntries(
            Map.entry("v1/ConfigMap", io.fabric8.kubernetes.api.model.ConfigMap.class),
            Map.entry("v1/Secret", io.fabric8.kubernetes.api.model.Secret.class),
            Map.entry("v1/Service", io.fabric8.kubernetes.api.model.Service.class),
            Map.entry("apps/v1/Deployment", io.fabric8.kubernetes.api.model.apps.Deployment.class),
            Map.entry("apps/v1/StatefulSet", io.fabric8.kubernetes.api.model.apps.StatefulSet.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", io.fabric8.kubernetes.api.model.networking.v1.Ingress.class),
            Map.entry("v1/Namespace", io.fabric8.kubernetes.api.model.Namespace.class),
            Map.entry("v1/ServiceAccount", io.fabric8.kubernetes.api.model.ServiceAccount.class));

    private static final Map<String, Class<?>> STRIMZI_SPECS = Map.of(
            "kafka.strimzi.io/v1/Kafka", io.strimzi.api.kafka.model.kafka.KafkaSpec.class,
            "kafka.strimzi.io/v1/KafkaNodePool", io.strimzi.api.kafka.model.nodepool.KafkaNodePoolSpec.class,
            "kafka.strimzi.io/v1/KafkaTopic", io.strimzi.api.kafka.model.topic.KafkaTopicSpec.class,
            "kafka.strimzi.io/v1/KafkaUser", io.strimzi.api.kafka.model.user.KafkaUserSpec.class);

    private final Map<String, Schema> schemas = new java.util.concurrent.ConcurrentHashMap<>();

    private final tools.jackson.databind.json.JsonMapper fabric8 = tools.jackson.databind.json.JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private final ObjectMapper strimzi = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Path schemaDir;

    ObjectValidator(Path schemaDir) {
        this.schemaDir = schemaDir;
    }

    /** Problems found in {@code object}; empty when it is valid. */
    List<String> validate(JsonNode object) {
        String key = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        String id = Manifests.id(object);
        List<String> problems = new ArrayList<>();
        try {
            if (CORE.containsKey(key)) {
                Object typed = fabric8.readValue(object.toString(), CORE.get(key));
                unknownFields(typed, "", problems, new IdentityHashMap<>());
            } else if (STRIMZI_SPECS.containsKey(key)) {
                object.fieldNames().forEachRemaining(f -> {
                    if (!Set.of("apiVersion", "kind", "metadata", "spec").contains(f)) {
                        problems.add("unknown field " + f);
                    }
                });
                Object meta = fabric8.readValue(object.path("metadata").toString(), io.fabric8.kubernetes.api.model.ObjectMeta.class);
                unknownFields(meta, ".metadata", problems, new IdentityHashMap<>());
                if (!object.has("spec")) {
                    problems.add("no spec");
                } else {
                    Object spec = strimzi.treeToValue(object.get("spec"), STRIMZI_SPECS.get(key));
                    unknownFields(spec, ".spec", problems, new IdentityHashMap<>());
                }
                // and the CRD of the Strimzi release the overlay runs (the typed model is of 0.50.0)
                if (Files.exists(schemaFile(key))) {
                    tools.jackson.databind.JsonNode node = fabric8.readTree(object.toString());
                    for (Error e : schema(key).validate(node)) {
                        problems.add(e.getInstanceLocation() + ": " + e.getMessage());
                    }
                }
            } else if (Files.exists(schemaFile(key))) {
                Object meta = fabric8.readValue(object.path("metadata").toString(), io.fabric8.kubernetes.api.model.ObjectMeta.class);
                unknownFields(meta, ".metadata", problems, new IdentityHashMap<>());
                tools.jackson.databind.JsonNode node = fabric8.readTree(object.toString());
                for (Error e : schema(key).validate(node)) {
                    problems.add(e.getInstanceLocation() + ": " + e.getMessage());
                }
            } else {
                problems.add("no schema for " + key + " (add a typed model or a schema in k8s/schemas)");
            }
        } catch (Exception e) {
            problems.add("does not deserialise: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return problems.stream().map(p -> id + ": " + p).toList();
    }

    /** group_version_Kind.json, e.g. postgresql.cnpg.io_v1_Cluster.json */
    private Path schemaFile(String key) {
        return schemaDir.resolve(key.replace("/", "_") + ".json");
    }

    private Schema schema(String key) {
        return schemas.computeIfAbsent(key, k -> {
            try {
                JsonNode crd = new ObjectMapper().readTree(Files.readString(schemaFile(k)));
                // CRDs generated by fabric8 (Keycloak) leave out the fields every object has; metadata is
                // checked against ObjectMeta, the CRD only says "object"
                com.fasterxml.jackson.databind.node.ObjectNode props = ((com.fasterxml.jackson.databind.node.ObjectNode) crd).with("properties");
                for (String f : List.of("apiVersion", "kind")) {
                    if (!props.has(f)) {
                        props.putObject(f).put("type", "string");
                    }
                }
                if (!props.has("metadata")) {
                    props.putObject("metadata").put("type", "object");
                }
                closed(crd);
                return registry.getSchema(new java.io.ByteArrayInputStream(new ObjectMapper().writeValueAsBytes(crd)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * Adds {@code additionalProperties: false} to every object schema that lists its properties and does not
     * say {@code x-kubernetes-preserve-unknown-fields: true}: a field the CRD does not know would be pruned
     * by the API server (or rejected with strict field validation), so here it is an error.
     */
    static void closed(JsonNode schema) {
        if (schema instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            if (o.has("properties") && !o.has("additionalProperties") && !o.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                o.put("additionalProperties", false);
            }
            o.properties().forEach(e -> {
                if (!e.getKey().equals("enum") && !e.getKey().equals("default") && !e.getKey().equals("example")) {
                    if (e.getKey().equals("properties")) {
                        e.getValue().forEach(ObjectValidator::closed);
                    } else {
                        closed(e.getValue());
                    }
                }
            });
        } else if (schema != null && schema.isArray()) {
            schema.forEach(ObjectValidator::closed);
        }
    }

    /** Reports every non-empty additionalProperties map in a model tree (a field the model does not know). */
    static void unknownFields(Object o, String path, List<String> problems, IdentityHashMap<Object, Boolean> seen) {
        if (o == null || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                unknownFields(e, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                unknownFields(e.getValue(), path + "." + e.getKey(), problems, seen);
            }
            return;
        }
        String pkg = o.getClass().getPackageName();
        if (o.getClass().isEnum() || !(pkg.startsWith("io.fabric8") || pkg.startsWith("io.strimzi"))) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class
                    || !(m.getName().startsWith("get") || m.getName().startsWith("is"))) {
                continue;
            }
            Object value;
            try {
                value = m.invoke(o);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (m.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    for (Iterator<?> it = extra.keySet().iterator(); it.hasNext(); ) {
                        problems.add("unknown field " + (path.isEmpty() ? "" : path) + "." + it.next());
                    }
                }
                continue;
            }
            String name = m.getName().startsWith("get") ? m.getName().substring(3) : m.getName().substring(2);
            if (!name.isEmpty()) {
                name = Character.toLowerCase(name.charAt(0)) + name.substring(1);
            }
            unknownFields(value, path + "." + name, problems, seen);
        }
    }
}
