package io.yizhan.common.problem;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds which query or path parameter JAX-RS could not convert. RESTEasy Reactive answers such a
 * request with a 404 (the JAX-RS rule for query and path parameters) and does not say which one; we
 * answer 400 naming it ({@link ProblemMappers#notFound}), so the caller's mistake is not read as
 * "no such thing". Only parameters of the types our resources use are tried: numbers, booleans, UUIDs,
 * dates and enums, on the method and on its {@code @BeanParam} classes.
 */
final class BadParameters {

    /** A parameter whose value does not convert, with what it should have been. */
    record Bad(String name, String expected) {
    }

    private BadParameters() {
    }

    static Optional<Bad> find(Method method, MultivaluedMap<String, String> query, MultivaluedMap<String, String> path) {
        if (method == null) {
            return Optional.empty();
        }
        for (Parameter p : method.getParameters()) {
            Optional<Bad> bad = check(p.getAnnotations(), p.getType(), query, path);
            if (bad.isPresent()) {
                return bad;
            }
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> c = p.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        bad = check(f.getAnnotations(), f.getType(), query, path);
                        if (bad.isPresent()) {
                            return bad;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Bad> check(Annotation[] annotations, Class<?> type, MultivaluedMap<String, String> query,
                                       MultivaluedMap<String, String> path) {
        for (Annotation a : annotations) {
            String name = a instanceof QueryParam q ? q.value() : a instanceof PathParam pp ? pp.value() : null;
            MultivaluedMap<String, String> source = a instanceof QueryParam ? query : path;
            if (name == null || source == null || source.get(name) == null) {
                continue;
            }
            for (String value : source.get(name)) {
                String expected = expected(type, value);
                if (expected != null) {
                    return Optional.of(new Bad(name, expected));
                }
            }
        }
        return Optional.empty();
    }

    /** What the value should look like if it does not convert to {@code type}; null if it does (or we cannot tell). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static String expected(Class<?> type, String value) {
        String v = value == null ? "" : value.trim();
        try {
            if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                    || type == short.class || type == Short.class) {
                Long.parseLong(v);
                if ((type == int.class || type == Integer.class) && (Long.parseLong(v) > Integer.MAX_VALUE || Long.parseLong(v) < Integer.MIN_VALUE)) {
                    return "整数 / a whole number";
                }
            } else if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
                Double.parseDouble(v);
            } else if (type == BigDecimal.class) {
                new BigDecimal(v);
            } else if (type == boolean.class || type == Boolean.class) {
                if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                    return "true 或 false / true or false";
                }
            } else if (type == UUID.class) {
                UUID.fromString(v);
            } else if (type == LocalDate.class) {
                LocalDate.parse(v);
            } else if (type == OffsetDateTime.class) {
                OffsetDateTime.parse(v);
            } else if (type.isEnum()) {
                Enum.valueOf((Class<Enum>) type, v);
            }
            return null;
        } catch (RuntimeException e) {
            if (type == UUID.class) {
                return "有效的 ID（UUID）/ a valid id (UUID)";
            }
            if (type == LocalDate.class) {
                return "日期 YYYY-MM-DD / a date YYYY-MM-DD";
            }
            if (type == OffsetDateTime.class) {
                return "带时区的时间（ISO 8601）/ a date-time with offset (ISO 8601)";
            }
            if (type.isEnum()) {
                StringBuilder names = new StringBuilder();
                for (Object constant : type.getEnumConstants()) {
                    names.append(names.isEmpty() ? "" : ", ").append(((Enum<?>) constant).name());
                }
                return "取值之一 / one of " + names;
            }
            return type == double.class || type == Double.class || type == float.class || type == Float.class
                    || type == BigDecimal.class ? "数字 / a number" : "整数 / a whole number";
        }
    }
}
