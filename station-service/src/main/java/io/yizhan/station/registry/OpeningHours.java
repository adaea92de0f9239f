package io.yizhan.station.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Posted opening hours: around the clock, or weekly windows plus dated exceptions. */
public record OpeningHours(
        boolean open24h,
        @Size(max = 28, message = "每周最多 28 个时段 / at most 28 weekly windows")
        List<@Valid OpeningWindow> weekly,
        @Size(max = 400, message = "最多 400 个例外日期 / at most 400 exceptions")
        List<@Valid HoursException> exceptions) {

    public List<OpeningWindow> weeklyOrEmpty() {
        return weekly == null ? List.of() : weekly;
    }

    public List<HoursException> exceptionsOrEmpty() {
        return exceptions == null ? List.of() : exceptions;
    }
}
