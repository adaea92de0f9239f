package io.yizhan.station.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Realistic demo stations, the same for the same seed: a region's cities get stations in proportion
 * to their population, each city's districts in proportion to their weight (exact apportionment, so
 * the counts do not depend on chance), and every station lies a gaussian few kilometres from its
 * district's centre. Types, amenities, hours, status and build programme follow the rough shares of
 * Fujian's programme. Pure Java: usable from the service, from tests and from the benchmark's CSV main.
 */
public final class DemoStationGenerator {

    /** The seed of the demo province (and of the Fujian part of the benchmark sets). */
    public static final long DEFAULT_SEED = 20260501L;
    /** Fujian has a little over 6,000 union stations. */
    public static final int FUJIAN_STATIONS = 6000;

    static final ZoneOffset STATION_OFFSET = ZoneOffset.ofHours(8);
    static final double KM_PER_DEGREE = 111.32;

    private static final String[] STREETS = {"人民路", "中山路", "建设路", "解放路", "工业路", "新华路", "和平路", "长安路",
            "滨江路", "学府路", "文化路", "胜利路", "东大路", "环城路", "江滨路", "湖滨路", "站前路", "光明路", "金山路", "振兴路"};
    private static final String[] SITES = {"", "", "", "社区", "商业街", "工业区", "物流园", "新村", "广场", "片区"};
    private static final String[] SURNAMES = {"陈", "林", "黄", "张", "王", "李", "吴", "刘", "蔡", "郑", "杨", "许", "何", "郭", "洪"};
    private static final String[] GIVEN = {"伟", "芳", "强", "敏", "静", "磊", "军", "丽", "勇", "艳", "杰", "娟", "涛", "明",
            "华", "平", "建", "文", "斌", "燕", "志", "秀", "晨", "婷"};
    private static final String[] COURIERS = {"顺丰速运", "中通快递", "圆通速递", "韵达快递", "申通快递", "京东物流",
            "极兔速递", "中国邮政", "美团配送", "饿了么蜂鸟"};
    private static final String[] SHOPS = {"中国石化加油站", "中国石油加油站", "农商银行网点", "社区党群服务中心", "连锁便利店",
            "城市书房", "供电营业厅", "公园管理处", "商场物业服务中心"};
    private static final String[] BODIES = {"街道总工会", "社区工会联合会", "园区工会", "镇总工会", "区总工会"};

    /** Amenity codes of the V2 vocabulary with how often a station has them. */
    private static final Object[][] AMENITY_SHARES = {
            {"microwave", 0.85}, {"fridge", 0.35}, {"water_dispenser", 0.92}, {"medicine_box", 0.6},
            {"phone_charging", 0.88}, {"ebike_charging", 0.2}, {"reading_corner", 0.25}, {"rest_seats", 0.82},
            {"toilet", 0.35}, {"wifi", 0.45}, {"air_conditioning", 0.55}, {"umbrella", 0.4},
            {"repair_tools", 0.2}, {"smart_locker", 0.06}, {"health_check", 0.04}, {"training_room", 0.03}};

    private DemoStationGenerator() {
    }

    /** The demo province: {@value #FUJIAN_STATIONS} stations over the ten tenants. */
    public static List<DemoStation> fujian(long seed) {
        return generate(DemoRegion.FUJIAN, FUJIAN_STATIONS, seed);
    }

    /**
     * A national set for benchmarks: the Fujian demo set (so Fujian keeps its density) plus the rest
     * spread over China's big cities by population.
     */
    public static List<DemoStation> national(int count, long seed) {
        int fujian = Math.min(count, FUJIAN_STATIONS);
        List<DemoStation> all = new ArrayList<>(count);
        all.addAll(generate(DemoRegion.FUJIAN, fujian, seed));
        all.addAll(generate(DemoRegion.CHINA_WITHOUT_FUJIAN, count - fujian, seed + 1));
        return all;
    }

    /** {@code count} stations over the region's cities, in city then district order. */
    public static List<DemoStation> generate(DemoRegion region, int count, long seed) {
        Random random = new Random(seed);
        List<DemoStation> stations = new ArrayList<>(count);
        List<DemoRegion.City> cities = region.cities();
        int[] perCity = apportion(count, cities.stream().mapToDouble(DemoRegion.City::populationMillions).toArray());
        for (int c = 0; c < cities.size(); c++) {
            DemoRegion.City city = cities.get(c);
            List<DemoRegion.District> districts = city.districts();
            int[] perDistrict = apportion(perCity[c], districts.stream().mapToDouble(DemoRegion.District::weight).toArray());
            for (int d = 0; d < districts.size(); d++) {
                for (int i = 0; i < perDistrict[d]; i++) {
                    stations.add(station(random, region, city, districts.get(d)));
                }
            }
        }
        return stations;
    }

    /** Largest-remainder apportionment of {@code total} by {@code weights}; the parts add up to total. */
    static int[] apportion(int total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] parts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        for (; given < total; given++) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }

    private static DemoStation station(Random random, DemoRegion region, DemoRegion.City city, DemoRegion.District district) {
        UUID id = new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
        double[] point = scatter(random, district, region);

        double t = random.nextDouble();
        String type = t < 0.08 ? "TWENTY_FOUR_HOUR" : t < 0.18 ? "SMART" : t < 0.46 ? "STANDALONE"
                : t < 0.72 ? "COURIER_DEPOT" : "SHOP_OR_PUBLIC_BUILDING";
        boolean open24h = type.equals("TWENTY_FOUR_HOUR");

        String place = district.places().isEmpty() ? pick(random, STREETS) : pick(random, district.places().toArray(String[]::new));
        String site = pick(random, SITES);
        String name = district.nameZh() + place + site + suffix(random, type);
        String cityPrefix = city.tenant().equals("pingtan") ? "" : city.nameZh() + "市";
        String address = cityPrefix + district.nameZh() + place
                + pick(random, STREETS) + (1 + random.nextInt(299)) + "号";

        String host = switch (type) {
            case "COURIER_DEPOT" -> pick(random, COURIERS) + place + "网点";
            case "SHOP_OR_PUBLIC_BUILDING" -> pick(random, SHOPS);
            case "SMART" -> city.nameZh() + "市总工会";
            default -> district.nameZh() + pick(random, BODIES);
        };
        String contact = pick(random, SURNAMES) + pick(random, GIVEN) + (random.nextBoolean() ? pick(random, GIVEN) : "");
        String phone = "1" + "3589".charAt(random.nextInt(4)) + String.format("%09d", random.nextInt(1_000_000_000));

        double area = Math.round((20 + random.nextDouble() * 130) * 2) / 2.0;
        int buildYear = 2023 + random.nextInt(3);
        double k = random.nextDouble();
        String buildKind = type.equals("SMART") ? (k < 0.7 ? "SMART_UPGRADE" : "NEW")
                : k < 0.55 ? "NEW" : k < 0.9 ? "UPGRADE" : "SMART_UPGRADE";

        List<String> amenities = new ArrayList<>();
        for (Object[] share : AMENITY_SHARES) {
            double p = (double) share[1];
            String code = (String) share[0];
            if (type.equals("SMART") && (code.equals("smart_locker") || code.equals("health_check"))) {
                p = 0.7;
            }
            if (random.nextDouble() < p) {
                amenities.add(code);
            }
        }

        double s = random.nextDouble();
        String status = s < 0.04 ? "PLANNED" : s < 0.07 ? "SUSPENDED" : "OPEN";

        double h = random.nextDouble();
        String hours = open24h ? "[]" : h < 0.55 ? weekly(1, 7, "08:00", "20:00")
                : h < 0.85 ? weekly(1, 7, "09:00", "21:00") : weekly(1, 5, "08:30", "18:00");

        LocalDate built = LocalDate.of(buildYear, 1, 1).plusDays(random.nextInt(365));
        OffsetDateTime createdAt = OffsetDateTime.of(built, LocalTime.of(9, 0).plusMinutes(random.nextInt(480)), STATION_OFFSET);

        return new DemoStation(id, city.tenant(), name, address, district.nameZh(), point[0], point[1], type, status,
                host, contact, phone, area, buildYear, buildKind, List.copyOf(amenities), open24h, hours, createdAt,
                openedAt(id, status, createdAt));
    }

    /**
     * A station opens to workers 2 to 10 weeks after it is built (fitting out, signboard, the city's
     * acceptance); a planned one has not opened. Drawn from the id's bits rather than the shared random
     * sequence, so that every other generated value stays what it was for the same seed.
     */
    static OffsetDateTime openedAt(UUID id, String status, OffsetDateTime built) {
        if (status.equals("PLANNED")) {
            return null;
        }
        return built.plusDays(14 + Math.floorMod(id.getLeastSignificantBits(), 57));
    }

    /** A gaussian offset from the district centre, at most the region's limit away (resampled beyond it). */
    private static double[] scatter(Random random, DemoRegion.District district, DemoRegion region) {
        for (int attempt = 0; ; attempt++) {
            double northKm = random.nextGaussian() * region.scatterKm();
            double eastKm = random.nextGaussian() * region.scatterKm();
            if (Math.hypot(northKm, eastKm) > region.maxKm() && attempt < 20) {
                continue;
            }
            if (attempt >= 20) {
                northKm = 0;
                eastKm = 0;
            }
            double lat = district.lat() + northKm / KM_PER_DEGREE;
            double lon = district.lon() + eastKm / (KM_PER_DEGREE * Math.cos(Math.toRadians(district.lat())));
            return new double[]{round6(lat), round6(lon)};
        }
    }

    private static String suffix(Random random, String type) {
        return switch (type) {
            case "TWENTY_FOUR_HOUR" -> "24小时驿站";
            case "SMART" -> "智慧驿站";
            case "COURIER_DEPOT" -> random.nextBoolean() ? "快递驿站" : "快递小哥驿站";
            case "SHOP_OR_PUBLIC_BUILDING" -> random.nextBoolean() ? "爱心驿站" : "户外劳动者驿站";
            default -> random.nextInt(3) == 0 ? "暖心驿站" : "工会驿站";
        };
    }

    static String weekly(int firstDay, int lastDay, String opens, String closes) {
        StringBuilder json = new StringBuilder("[");
        for (int day = firstDay; day <= lastDay; day++) {
            if (day > firstDay) {
                json.append(',');
            }
            json.append("{\"day\":").append(day).append(",\"opens\":\"").append(opens)
                    .append("\",\"closes\":\"").append(closes).append("\"}");
        }
        return json.append(']').toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static double round6(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    /** Great-circle distance in km (haversine), for checks. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
    }
}
