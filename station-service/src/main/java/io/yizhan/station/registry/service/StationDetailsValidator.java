package io.yizhan.station.registry.service;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.station.registry.HoursException;
import io.yizhan.station.registry.OpeningHours;
import io.yizhan.station.registry.OpeningWindow;
import io.yizhan.station.registry.StationDetails;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rules of station details that bean validation cannot express: vocabulary and consistent hours. */
@ApplicationScoped
public class StationDetailsValidator {

    static final int MAX_WINDOWS_PER_DAY = 4;

    private final AmenityVocabulary amenities;

    public StationDetailsValidator(AmenityVocabulary amenities) {
        this.amenities = amenities;
    }

    public Uni<Void> check(StationDetails details) {
        if (details.hours() != null) {
            checkHours(details.hours());
        }
        return amenities.unknown(details.amenitiesOrEmpty()).map(unknown -> {
            if (!unknown.isEmpty()) {
                throw ProblemException.badRequest("amenities", "未知设施 / unknown amenities: " + String.join(", ", unknown)
                        + "（见 GET /api/v1/stations/amenities / see GET /api/v1/stations/amenities）");
            }
            return null;
        }).replaceWithVoid();
    }

    public void checkHours(OpeningHours hours) {
        List<OpeningWindow> weekly = hours.weeklyOrEmpty();
        if (!hours.open24h() && weekly.isEmpty()) {
            throw ProblemException.badRequest("hours.weekly",
                    "请至少填写一个开放时段，或设为 24 小时 / give at least one weekly window, or open24h");
        }
        Map<Integer, Integer> perDay = new HashMap<>();
        for (int i = 0; i < weekly.size(); i++) {
            OpeningWindow window = weekly.get(i);
            if (window.opens().equals(window.closes())) {
                throw ProblemException.badRequest("hours.weekly[" + i + "]",
                        "开门与关门时间相同 / opens and closes are the same time");
            }
            if (perDay.merge(window.day(), 1, Integer::sum) > MAX_WINDOWS_PER_DAY) {
                throw ProblemException.badRequest("hours.weekly[" + i + "]",
                        "每天最多 " + MAX_WINDOWS_PER_DAY + " 个时段 / at most " + MAX_WINDOWS_PER_DAY + " windows a day");
            }
        }
        Set<String> dates = new HashSet<>();
        List<HoursException> exceptions = hours.exceptionsOrEmpty();
        for (int i = 0; i < exceptions.size(); i++) {
            HoursException exception = exceptions.get(i);
            String field = "hours.exceptions[" + i + "]";
            try {
                LocalDate.parse(exception.date());
            } catch (DateTimeParseException e) {
                throw ProblemException.badRequest(field + ".date", "不是有效日期 / not a real date: " + exception.date());
            }
            if (!dates.add(exception.date())) {
                throw ProblemException.badRequest(field + ".date", "日期重复 / date given twice: " + exception.date());
            }
            if (!exception.closed() && (exception.opens() == null || exception.closes() == null
                    || exception.opens().equals(exception.closes()))) {
                throw ProblemException.badRequest(field,
                        "未闭馆的例外日须有不同的开门与关门时间 / an exception that is not closed needs opens and closes");
            }
        }
    }
}
