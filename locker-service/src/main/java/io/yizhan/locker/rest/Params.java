package io.yizhan.locker.rest;

import io.yizhan.common.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Query parameters taken as strings and parsed here, so that a bad one is a 400 naming it (not a 404). */
public final class Params {

    private Params() {
    }

    public static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(field, "须为 UUID / must be a UUID");
        }
    }

    public static Double decimal(String field, String value, double min, double max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ProblemException.badRequest(field, "必填 / is required");
            }
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (Double.isNaN(d) || d < min || d > max) {
                throw ProblemException.badRequest(field, "须在 " + min + " 与 " + max + " 之间 / must lie between " + min + " and " + max);
            }
            return d;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(field, "须为数字 / must be a number");
        }
    }

    public static int integer(String field, String value, int min, int max, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int i = Integer.parseInt(value.strip());
            if (i < min || i > max) {
                throw ProblemException.badRequest(field, "须在 " + min + " 与 " + max + " 之间 / must lie between " + min + " and " + max);
            }
            return i;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(field, "须为整数 / must be an integer");
        }
    }

    public static LocalDate date(String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "日期格式为 YYYY-MM-DD / must be a date YYYY-MM-DD");
        }
    }
}
