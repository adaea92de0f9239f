package io.yizhan.volunteer.tally.mapping;

import io.yizhan.common.export.Table;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.volunteer.tally.rest.Tallies;

/**
 * The year's tallies as one table for CSV and Excel: a line per city, station, team and person
 * under a section column, so that a spreadsheet filter on the first column shows one kind at a time.
 */
public final class TallyTable {

    static final String[] COLUMNS = {"分类 section", "名称 name", "类型 kind", "人次 person_times", "时长（小时） hours"};

    private TallyTable() {
    }

    public static Table of(Tallies t) {
        Table.Builder table = Table.named("志愿服务 " + t.year(), COLUMNS);
        table.row("合计 total", Tenants.CITIES.getOrDefault(t.tenant(), "福建省"), null, t.total().personTimes(), t.total().hours());
        table.row("干部人次 cadre", t.cadreTarget() == null ? null : "目标 target " + t.cadreTarget(), null, t.cadrePersonTimes(), null);
        for (Tallies.CityLine c : t.cities()) {
            table.row("城市 city", Tenants.CITIES.getOrDefault(c.tenant(), c.tenant()), null, c.personTimes(), c.hours());
        }
        for (Tallies.StationLine s : t.stations()) {
            table.row("驿站 station", s.stationName() == null ? s.stationId().toString() : s.stationName(), null, s.personTimes(), s.hours());
        }
        for (Tallies.TeamLine team : t.teams()) {
            table.row("团队 team", team.teamName(), null, team.personTimes(), team.hours());
        }
        for (Tallies.PersonLine p : t.people()) {
            table.row("个人 person", p.displayName(), p.kind(), p.personTimes(), p.hours());
        }
        return table.build();
    }
}
