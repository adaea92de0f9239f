package io.yizhan.common.tenant;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The city unions (tenants) of the province, with their Chinese names, and the province above them. */
public final class Tenants {

    public static final String PROVINCE = "fujian";

    public static final Map<String, String> CITIES = cities();

    private Tenants() {
    }

    public static boolean isCity(String tenant) {
        return tenant != null && CITIES.containsKey(tenant);
    }

    public static Set<String> codes() {
        return CITIES.keySet();
    }

    private static Map<String, String> cities() {
        Map<String, String> cities = new LinkedHashMap<>();
        cities.put("fuzhou", "福州");
        cities.put("xiamen", "厦门");
        cities.put("zhangzhou", "漳州");
        cities.put("quanzhou", "泉州");
        cities.put("sanming", "三明");
        cities.put("putian", "莆田");
        cities.put("nanping", "南平");
        cities.put("longyan", "龙岩");
        cities.put("ningde", "宁德");
        cities.put("pingtan", "平潭");
        return Map.copyOf(cities);
    }
}
