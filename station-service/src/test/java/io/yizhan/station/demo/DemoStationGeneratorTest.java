package io.yizhan.station.demo;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The demo province: same seed, same stations; cities by population; every station near its district. */
class DemoStationGeneratorTest {

    static final List<DemoStation> FUJIAN = DemoStationGenerator.fujian(DemoStationGenerator.DEFAULT_SEED);

    @Test
    void theSameSeedGivesTheSameStationsAndAnotherSeedOthers() {
        assertThat(DemoStationGenerator.fujian(DemoStationGenerator.DEFAULT_SEED)).isEqualTo(FUJIAN);
        List<DemoStation> other = DemoStationGenerator.fujian(7);
        assertThat(other).hasSize(FUJIAN.size());
        assertThat(other.get(0).id()).isNotEqualTo(FUJIAN.get(0).id());
        assertThat(FUJIAN.stream().map(DemoStation::id).collect(Collectors.toSet())).hasSize(FUJIAN.size());
        assertThat(FUJIAN.get(0).id().version()).isEqualTo(4);
    }

    @Test
    void tenCitiesGetStationsInProportionToTheirPopulation() {
        assertThat(FUJIAN).hasSize(6000);
        Map<String, Long> perCity = FUJIAN.stream().collect(Collectors.groupingBy(DemoStation::tenant, Collectors.counting()));
        assertThat(perCity).containsOnlyKeys("fuzhou", "xiamen", "zhangzhou", "quanzhou", "sanming", "putian",
                "nanping", "longyan", "ningde", "pingtan");
        double total = DemoRegion.FUJIAN.totalPopulation();
        for (DemoRegion.City city : DemoRegion.FUJIAN.cities()) {
            double expected = 6000 * city.populationMillions() / total;
            assertThat((double) perCity.get(city.tenant())).as(city.tenant()).isCloseTo(expected, within(Math.max(5, expected * 0.02)));
        }
        assertThat(perCity.get("quanzhou")).isGreaterThan(perCity.get("fuzhou"));
        assertThat(perCity.get("fuzhou")).isGreaterThan(perCity.get("xiamen"));
        assertThat(perCity.get("pingtan")).isBetween(40L, 80L);
    }

    @Test
    void everyStationLiesInFujianWithin25KmOfItsDistrictCentre() {
        for (DemoStation s : FUJIAN) {
            assertThat(s.lat()).as(s.name()).isBetween(DemoRegion.FUJIAN_MIN_LAT, DemoRegion.FUJIAN_MAX_LAT);
            assertThat(s.lon()).as(s.name()).isBetween(DemoRegion.FUJIAN_MIN_LON, DemoRegion.FUJIAN_MAX_LON);
            double nearest = DemoRegion.FUJIAN.city(s.tenant()).districts().stream()
                    .filter(d -> d.nameZh().equals(s.district()))
                    .mapToDouble(d -> DemoStationGenerator.distanceKm(s.lat(), s.lon(), d.lat(), d.lon()))
                    .min().orElseThrow();
            assertThat(nearest).as(s.name()).isLessThan(25.0);
        }
    }

    @Test
    void typesHoursAmenitiesStatusAndProgrammeLookLikeTheProvince() {
        long allNight = FUJIAN.stream().filter(s -> s.type().equals("TWENTY_FOUR_HOUR")).count();
        assertThat(allNight / 6000.0).isCloseTo(0.08, within(0.015));
        assertThat(FUJIAN).allMatch(s -> s.open24h() == s.type().equals("TWENTY_FOUR_HOUR"));
        assertThat(FUJIAN).filteredOn(DemoStation::open24h).allMatch(s -> s.weeklyHoursJson().equals("[]"));
        assertThat(FUJIAN.stream().filter(s -> s.type().equals("SMART")).count() / 6000.0).isCloseTo(0.10, within(0.015));
        assertThat(FUJIAN.stream().filter(s -> s.status().equals("OPEN")).count() / 6000.0).isGreaterThan(0.9);
        assertThat(FUJIAN.stream().map(DemoStation::status).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("OPEN", "PLANNED", "SUSPENDED");

        Set<String> vocabulary = Set.of("microwave", "fridge", "water_dispenser", "medicine_box", "phone_charging",
                "ebike_charging", "reading_corner", "rest_seats", "toilet", "wifi", "air_conditioning", "umbrella",
                "repair_tools", "smart_locker", "health_check", "training_room");
        Set<String> used = new HashSet<>();
        FUJIAN.forEach(s -> used.addAll(s.amenities()));
        assertThat(vocabulary).containsAll(used);
        assertThat(FUJIAN.stream().filter(s -> s.amenities().contains("microwave")).count() / 6000.0).isGreaterThan(0.75);

        assertThat(FUJIAN).allMatch(s -> s.buildYear() >= 2023 && s.buildYear() <= 2025);
        assertThat(FUJIAN).allMatch(s -> s.areaM2() >= 20 && s.areaM2() <= 150);
        assertThat(FUJIAN.stream().map(DemoStation::buildKind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("NEW", "UPGRADE", "SMART_UPGRADE");
        assertThat(FUJIAN).filteredOn(s -> !s.open24h())
                .allMatch(s -> s.weeklyHoursJson().startsWith("[{\"day\":1,\"opens\":\""));
        assertThat(FUJIAN).allMatch(s -> s.name().startsWith(s.district()) && s.name().endsWith("驿站"));
        assertThat(FUJIAN).allMatch(s -> s.contactPhone().matches("1[3589]\\d{9}"));
    }

    @Test
    void aNationalSetKeepsFujianAndSpreadsTheRestOverChina() {
        List<DemoStation> national = DemoStationGenerator.national(20_000, DemoStationGenerator.DEFAULT_SEED);
        assertThat(national).hasSize(20_000);
        assertThat(national.subList(0, 6000)).isEqualTo(FUJIAN);
        assertThat(national.subList(6000, 20_000)).allMatch(s -> s.lat() > 3.8 && s.lat() < 53.6 && s.lon() > 73.5 && s.lon() < 135.1);
        assertThat(national.subList(6000, 20_000).stream().map(DemoStation::tenant).distinct().count()).isGreaterThan(35);
    }

    @Test
    void apportionmentAddsUp() {
        assertThat(DemoStationGenerator.apportion(10, new double[]{1, 1, 1})).containsExactly(4, 3, 3);
        assertThat(DemoStationGenerator.apportion(0, new double[]{2, 1})).containsExactly(0, 0);
    }
}
