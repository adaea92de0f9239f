package io.yizhan.common.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No secret has a default a production pod would fall back to: every password, secret or key the
 * shared defaults or a service sets is, in the prod profile, either taken from the environment with
 * no fallback or not set at all.
 */
class ProdSecretsTest {

    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|secret|credential|private-key).*");
    /** {@code ${ENV:fallback}} with a fallback; {@code ${ENV:}} (unset means empty, i.e. none) is not one. */
    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{[^}:]+:[^}]+}");

    static Properties load(InputStream in) throws IOException {
        Properties p = new Properties();
        try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    /** Keys whose value in the prod profile is a literal or falls back to a default. */
    static List<String> defaultedSecrets(String source, Properties p) {
        List<String> found = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("%") || key.startsWith("quarkus.kubernetes.") || !SECRET_KEY.matcher(key).matches()) {
                continue;
            }
            String prod = p.getProperty("%prod." + key, p.getProperty(key));
            boolean literal = !prod.isBlank() && !prod.contains("${");
            Matcher defaulted = DEFAULTED.matcher(prod);
            if (literal || defaulted.find()) {
                found.add(source + ": " + key + "=" + prod);
            }
        }
        return found;
    }

    @Test
    void theSharedDefaultsHaveNoProductionSecret() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/microprofile-config.properties")) {
            assertThat(in).isNotNull();
            assertThat(defaultedSecrets("yizhan-common", load(in))).isEmpty();
        }
    }

    @Test
    void noServiceSetsOneEither() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> found = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path file : modules.map(m -> m.resolve("src/main/resources/application.properties")).filter(Files::exists).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    found.addAll(defaultedSecrets(root.relativize(file).toString(), load(in)));
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
