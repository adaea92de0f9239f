package io.yizhan.common.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Query parameters read as text and parsed here, because a parameter JAX-RS cannot convert becomes
 * a 404; we answer 400 naming the parameter instead.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The UUID in {@code value}, or null when it is absent. */
    public static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(field, "不是有效的 ID / not a valid id (UUID)");
        }
    }

    /** The date (YYYY-MM-DD) in {@code value}, or {@code fallback} when it is absent. */
    public static LocalDate date(String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "日期格式为 YYYY-MM-DD / must be a date YYYY-MM-DD");
        }
    }

    /** The whole number in {@code value}, or {@code fallback} when it is absent. */
    public static int integer(String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(field, "须为整数 / must be a whole number");
        }
    }

    /** The whole number in {@code value}, which must lie in [min, max], or {@code fallback} when it is absent. */
    public static int integer(String field, String value, int min, int max, int fallback) {
        int parsed = integer(field, value, fallback);
        if (parsed < min || parsed > max) {
            throw ProblemException.badRequest(field, "须为 " + min + "–" + max + " 之间的整数 / must be a whole number from "
                    + min + " to " + max);
        }
        return parsed;
    }

    /** The number in {@code value}, which must lie in [min, max]; absent counts as invalid. */
    public static double decimal(String field, String value, double min, double max) {
        try {
            double parsed = Double.parseDouble(value == null ? "" : value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number out of range
        }
        throw ProblemException.badRequest(field, "须为 " + min + "–" + max + " 之间的数 / must be a number from " + min + " to " + max);
    }

    /** The constant of {@code type} named in {@code value} (any case), or null when it is absent. */
    public static <E extends Enum<E>> E enumeration(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return constant;
            }
        }
        throw ProblemException.badRequest(field, "可选值 / must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
}
