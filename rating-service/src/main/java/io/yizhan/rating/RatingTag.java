package io.yizhan.rating;

import java.util.Arrays;
import java.util.Optional;

/** The quick tags a rating may carry: a fixed vocabulary, so that they can be counted. Code is the lower-case name. */
public enum RatingTag {
    CLEAN("干净整洁", "clean"),
    WATER_OUT("没水了", "water was out"),
    NO_HOT_WATER("没有热水", "no hot water"),
    CROWDED("人多拥挤", "crowded"),
    CLOSED_WHEN_POSTED_OPEN("未按时开放", "closed when posted open"),
    FRIENDLY("服务热情", "friendly staff"),
    CHARGING_OK("充电方便", "charging works"),
    CHARGING_BROKEN("充电设备坏了", "charging broken"),
    WIFI_OK("网络好用", "good Wi-Fi"),
    TOILET_DIRTY("卫生间不干净", "toilet dirty"),
    COMFORTABLE_TEMPERATURE("冷暖适宜", "comfortable temperature"),
    HARD_TO_FIND("不好找", "hard to find");

    public final String label;
    public final String english;

    RatingTag(String label, String english) {
        this.label = label;
        this.english = english;
    }

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<RatingTag> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(RatingTag::code).toList());
    }
}
