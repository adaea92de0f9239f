package io.yizhan.station.evaluation;

import java.util.List;
import java.util.Map;

/**
 * The rules as they apply to one city: each rule in words with its numbers, the settings, and where
 * each setting comes from ({@code DEFAULT}, {@code PROVINCE} or {@code CITY}).
 */
public record RulesView(String tenant, List<Rule> rules, EvaluationSettings settings, Map<String, String> sources) {

    public record Rule(String code, String colour, String nameZh, String nameEn, String descriptionZh, String descriptionEn) {
    }
}
