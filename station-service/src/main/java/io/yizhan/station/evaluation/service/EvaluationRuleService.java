package io.yizhan.station.evaluation.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.station.evaluation.EvaluationConfig;
import io.yizhan.station.evaluation.EvaluationRule;
import io.yizhan.station.evaluation.mapping.JsonColumns;
import io.yizhan.station.evaluation.repository.EvaluationSettingRepository;
import io.yizhan.station.evaluation.EvaluationSettings;
import io.yizhan.station.evaluation.RulesView;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules' settings: documented defaults, overridden by the province, then by a city. Only the
 * province sets them, so a city cannot soften the rules its own stations are judged by.
 */
@ApplicationScoped
public class EvaluationRuleService {

    static final String PROVINCE = Tenants.PROVINCE;
    private static final TypeReference<Map<String, Double>> OVERRIDES = new TypeReference<>() { };
    private static final List<String> WHOLE_NUMBERS = Arrays.stream(EvaluationSettings.class.getRecordComponents())
            .filter(c -> c.getType() == int.class).map(c -> c.getName()).toList();

    private final EvaluationConfig.Defaults defaults;
    private final EvaluationSettingRepository repository;
    private final ObjectMapper json;
    private final JsonColumns columns;
    private final Clock clock;

    public EvaluationRuleService(EvaluationConfig config, EvaluationSettingRepository repository, ObjectMapper json,
                                 JsonColumns columns, Clock clock) {
        this.clock = clock;
        this.defaults = config.defaults();
        this.repository = repository;
        this.json = json;
        this.columns = columns;
    }

    /** The settings in force for a city; call inside a session. */
    public Uni<EvaluationSettings> settingsFor(String tenant) {
        return resolve(tenant).map(Resolved::settings);
    }

    @WithSession
    public Uni<RulesView> rules(Caller caller, String tenant) {
        String city = tenant != null ? tenant : caller.tenantScope().orElse(null);
        if (city != null && !Tenants.isCity(city)) {
            throw ProblemException.badRequest("tenant", "未知城市 " + city + " / unknown city " + city);
        }
        if (!caller.sees(city)) {
            // A city's settings are its own object: another city's are as absent as an unknown one's.
            throw ProblemException.notFound("城市 / City", city);
        }
        return resolve(city).map(resolved -> new RulesView(city, describe(resolved.settings()), resolved.settings(),
                resolved.sources()));
    }

    @WithTransaction
    public Uni<RulesView> override(Caller caller, String tenant, Map<String, Double> settings) {
        if (!caller.isProvinceAdmin()) {
            throw ProblemException.forbidden("考评规则由省总工会设定 / only the province sets the evaluation rules");
        }
        if (tenant != null && !Tenants.isCity(tenant)) {
            throw ProblemException.badRequest("tenant", "未知城市 " + tenant + " / unknown city " + tenant);
        }
        validate(settings);
        String scope = tenant == null ? PROVINCE : tenant;
        return repository.replace(scope, columns.write(settings), caller.username(), OffsetDateTime.now(clock))
                .chain(() -> rules(caller, tenant));
    }

    private void validate(Map<String, Double> settings) {
        Map<String, Object> known = json.convertValue(defaultsAsSettings(), new TypeReference<>() { });
        settings.forEach((key, value) -> {
            if (!known.containsKey(key)) {
                throw ProblemException.badRequest("settings." + key, "未知设置 " + key + "，可用：" + known.keySet()
                        + " / unknown setting " + key + "; known: " + known.keySet());
            }
            if (value == null || value <= 0 || value > 3650) {
                throw ProblemException.badRequest("settings." + key, key + " 须为 0 以上、3650 以内的数 / " + key
                        + " must be a number above 0 and at most 3650");
            }
            if (WHOLE_NUMBERS.contains(key) && value != Math.rint(value)) {
                throw ProblemException.badRequest("settings." + key, key + " 须为整数 / " + key + " must be a whole number");
            }
            if (key.equals("lowSatisfaction") && value > 5) {
                throw ProblemException.badRequest("settings." + key, "满意度阈值须在 1–5 之间 / lowSatisfaction is on the 1–5 scale");
            }
        });
    }

    private Uni<Resolved> resolve(String tenant) {
        Uni<Optional<String>> city = tenant == null ? Uni.createFrom().item(Optional.empty()) : repository.settings(tenant);
        return repository.settings(PROVINCE).chain(province -> city.map(cityRow -> {
            Map<String, Object> merged = json.convertValue(defaultsAsSettings(), new TypeReference<LinkedHashMap<String, Object>>() { });
            Map<String, String> sources = new LinkedHashMap<>();
            merged.keySet().forEach(key -> sources.put(key, "DEFAULT"));
            province.map(text -> columns.read(text, OVERRIDES)).ifPresent(o -> o.forEach((k, v) -> { merged.put(k, v); sources.put(k, "PROVINCE"); }));
            cityRow.map(text -> columns.read(text, OVERRIDES)).ifPresent(o -> o.forEach((k, v) -> { merged.put(k, v); sources.put(k, "CITY"); }));
            return new Resolved(json.convertValue(merged, EvaluationSettings.class), sources);
        }));
    }

    EvaluationSettings defaultsAsSettings() {
        return new EvaluationSettings(defaults.minWeeklyUses(), defaults.lowUsageWeeks(), defaults.lowSatisfaction(),
                defaults.minRatings(), defaults.satisfactionDays(), defaults.missedOpeningsLimit(),
                defaults.missedOpeningsDays(), defaults.complaintDeadlineDays(), defaults.overdueComplaintsLimit(),
                defaults.rectifyDays(), defaults.repeatYellowDays());
    }

    static List<RulesView.Rule> describe(EvaluationSettings s) {
        return List.of(
                rule(EvaluationRule.LOW_USAGE,
                        "连续 %d 个完整自然周，每周使用人次（门禁进站、智能柜取物、志愿者签到、健康检测）少于 %d".formatted(s.lowUsageWeeks(), s.minWeeklyUses()),
                        "Fewer than %d uses a week (door entries, locker pickups, duty check-ins, health checks) for %d complete weeks in a row".formatted(s.minWeeklyUses(), s.lowUsageWeeks())),
                rule(EvaluationRule.LOW_SATISFACTION,
                        "近 %d 天评价不少于 %d 条且平均分低于 %.1f".formatted(s.satisfactionDays(), s.minRatings(), s.lowSatisfaction()),
                        "At least %d ratings in the last %d days averaging under %.1f".formatted(s.minRatings(), s.satisfactionDays(), s.lowSatisfaction())),
                rule(EvaluationRule.MISSED_OPENINGS,
                        "近 %d 天内有 %d 个公示开放时段无任何开放证据（签到、进站、取物、健康检测、站长开闭站报告）".formatted(s.missedOpeningsDays(), s.missedOpeningsLimit()),
                        "%d posted opening periods in the last %d days with no evidence of being open (check-in, entry, pickup, health check, manager's open/close report)".formatted(s.missedOpeningsLimit(), s.missedOpeningsDays())),
                rule(EvaluationRule.OVERDUE_COMPLAINTS,
                        "同时有 %d 条劳动者反馈超过 %d 天未处理".formatted(s.overdueComplaintsLimit(), s.complaintDeadlineDays()),
                        "%d workers' reports left unanswered for more than %d days at once".formatted(s.overdueComplaintsLimit(), s.complaintDeadlineDays())),
                rule(EvaluationRule.INSPECTION_BASE_NOT_MET,
                        "检查时基础项未全部达标", "An inspection found a base item of the checklist not fully met"),
                rule(EvaluationRule.YELLOW_NOT_RECTIFIED,
                        "黄牌发出 %d 天内未完成整改".formatted(s.rectifyDays()),
                        "A yellow card not rectified within %d days".formatted(s.rectifyDays())),
                rule(EvaluationRule.REPEATED_YELLOW,
                        "前一张黄牌整改完成或期满后、%d 天内再次被亮黄牌；红牌即提出摘牌建议，由省总工会确认".formatted(s.repeatYellowDays()),
                        "Another yellow card within %d days, after an earlier one was put right or its deadline passed; a red card proposes delisting, which the province confirms".formatted(s.repeatYellowDays())));
    }

    private static RulesView.Rule rule(EvaluationRule rule, String zh, String en) {
        return new RulesView.Rule(rule.name(), rule.colour.name(), rule.labelZh, rule.labelEn, zh, en);
    }

    private record Resolved(EvaluationSettings settings, Map<String, String> sources) {
    }
}
