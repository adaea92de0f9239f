package io.yizhan.common.problem;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JAX-RS turns any text into a boolean ({@code Boolean.valueOf("abc")} is false), so
 * {@code ?openNow=abc} would quietly mean "no filter". A boolean query parameter must say
 * {@code true} or {@code false}; anything else is a 400 naming it, like every other parameter of the
 * wrong type ({@link BadParameters}). The boolean parameters of each resource method are found once.
 */
public class StrictBooleanParameters {

    private final Map<Method, List<String>> booleansByMethod = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ResourceInfo resource, UriInfo uri) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        List<String> names = booleansByMethod.computeIfAbsent(method, StrictBooleanParameters::booleanQueryParameters);
        if (names.isEmpty()) {
            return;
        }
        var query = uri.getQueryParameters();
        for (String name : names) {
            List<String> values = query.get(name);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                String expected = BadParameters.expected(boolean.class, value);
                if (expected != null) {
                    throw ProblemException.badRequest(name, "格式不对，应为 / wrong format, expected: " + expected);
                }
            }
        }
    }

    static List<String> booleanQueryParameters(Method method) {
        List<String> names = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            add(p.getAnnotation(QueryParam.class), p.getType(), names);
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> c = p.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        add(f.getAnnotation(QueryParam.class), f.getType(), names);
                    }
                }
            }
        }
        return List.copyOf(names);
    }

    private static void add(QueryParam query, Class<?> type, List<String> names) {
        if (query != null && (type == boolean.class || type == Boolean.class)) {
            names.add(query.value());
        }
    }
}
