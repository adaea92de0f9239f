package io.yizhan.common.problem;

import io.yizhan.common.paging.PageRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BadParametersTest {

    enum Kind { CLOSED, MOVED }

    @SuppressWarnings("unused")
    static class Resource {
        public void nearby(@QueryParam("lat") double lat, @QueryParam("lon") Double lon, @QueryParam("radius") Integer radius) {
        }

        public void get(@PathParam("id") UUID id, @QueryParam("day") LocalDate day, @QueryParam("kind") Kind kind,
                        @BeanParam PageRequest page) {
        }
    }

    static Method method(String name) {
        for (Method m : Resource.class.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }

    static MultivaluedMap<String, String> map(String... pairs) {
        MultivaluedMap<String, String> map = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.add(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void namesTheQueryParameterThatIsNotANumber() {
        assertThat(BadParameters.find(method("nearby"), map("lat", "26.07", "lon", "abc"), map()))
                .hasValueSatisfying(bad -> {
                    assertThat(bad.name()).isEqualTo("lon");
                    assertThat(bad.expected()).contains("a number");
                });
        assertThat(BadParameters.find(method("nearby"), map("lat", "26.07", "radius", "99999999999"), map()))
                .hasValueSatisfying(bad -> assertThat(bad.name()).isEqualTo("radius"));
        assertThat(BadParameters.find(method("nearby"), map("lat", "26.07", "lon", "119.3"), map())).isEmpty();
    }

    @Test
    void namesPathParametersDatesEnumsAndBeanParamFields() {
        assertThat(BadParameters.find(method("get"), map(), map("id", "not-a-uuid")).map(BadParameters.Bad::name)).hasValue("id");
        assertThat(BadParameters.find(method("get"), map("day", "2026-02-30"), map("id", UUID.randomUUID().toString()))
                .map(BadParameters.Bad::name)).hasValue("day");
        assertThat(BadParameters.find(method("get"), map("kind", "GONE"), map()).map(BadParameters.Bad::expected).orElseThrow())
                .contains("CLOSED, MOVED");
        assertThat(BadParameters.find(method("get"), map("page", "abc"), map()).map(BadParameters.Bad::name)).hasValue("page");
    }
}
