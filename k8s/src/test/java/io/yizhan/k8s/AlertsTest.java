package io.yizhan.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prod pages on what the issue names (consumer lag, outbox backlog, dead letters, 5xx, lockers offline),
 * every alert has a severity, and every metric taken from the CloudNativePG custom queries is one they
 * export (cnpg_&lt;query&gt;_&lt;column&gt;), so a renamed column cannot silently mute an alert.
 */
class AlertsTest {

    static final Set<String> REQUIRED = Set.of("YizhanConsumerLag", "YizhanOutboxBacklog", "YizhanDeadLetters", "YizhanHttp5xx",
            "YizhanLockersOffline");
    private static final Pattern CNPG_METRIC = Pattern.compile("\\bcnpg_yizhan_[a-z_]+");

    static List<String> problems(List<JsonNode> objects) {
        Set<String> exported = new TreeSet<>();
        for (JsonNode o : objects) {
            if (Manifests.is(o, "ConfigMap") && o.path("metadata").path("name").asText().equals("yizhan-postgres-queries")) {
                JsonNode queries = Manifests.parseOne(o.path("data").path("queries").asText());
                queries.fields().forEachRemaining(q -> q.getValue().path("metrics").forEach(m ->
                        m.fieldNames().forEachRemaining(column -> exported.add("cnpg_" + q.getKey() + "_" + column))));
            }
        }
        List<String> problems = new ArrayList<>();
        Set<String> alerts = new TreeSet<>();
        for (JsonNode o : objects) {
            if (!Manifests.is(o, "PrometheusRule")) {
                continue;
            }
            o.path("spec").path("groups").forEach(g -> g.path("rules").forEach(r -> {
                String alert = r.path("alert").asText();
                alerts.add(alert);
                if (r.path("labels").path("severity").asText().isEmpty()) {
                    problems.add(alert + ": no severity");
                }
                Matcher m = CNPG_METRIC.matcher(r.path("expr").asText());
                while (m.find()) {
                    if (!exported.contains(m.group())) {
                        problems.add(alert + ": uses " + m.group() + ", which no custom query exports " + exported);
                    }
                }
            }));
        }
        REQUIRED.stream().filter(a -> !alerts.contains(a)).forEach(a -> problems.add("no alert " + a));
        return problems;
    }

    @Test
    void prodPagesOnWhatMatters() {
        assertThat(problems(Manifests.render("prod"))).isEmpty();
    }

    @Test
    void aMetricNoQueryExportsOrAMissingAlertIsCaught() {
        List<JsonNode> prod = new ArrayList<>();
        Manifests.render("prod").forEach(o -> prod.add(o.deepCopy()));
        JsonNode rule = prod.stream().filter(o -> Manifests.is(o, "PrometheusRule")).findFirst().orElseThrow();
        JsonNode groups = rule.path("spec").path("groups");
        for (JsonNode g : groups) {
            for (JsonNode r : g.path("rules")) {
                if (r.path("alert").asText().equals("YizhanOutboxBacklog")) {
                    ((ObjectNode) r).put("expr", "max(cnpg_yizhan_outbox_backlog) > 100");
                }
                if (r.path("alert").asText().equals("YizhanHttp5xx")) {
                    ((ObjectNode) r).put("alert", "Yizhan5xx");
                    ((ObjectNode) r.path("labels")).remove("severity");
                }
            }
        }
        assertThat(problems(prod)).hasSize(3)
                .anyMatch(p -> p.startsWith("YizhanOutboxBacklog: uses cnpg_yizhan_outbox_backlog, which no custom query exports"))
                .contains("Yizhan5xx: no severity", "no alert YizhanHttp5xx");
    }
}
