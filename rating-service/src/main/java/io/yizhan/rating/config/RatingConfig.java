package io.yizhan.rating.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** {@code yizhan.rating.*}: QR signing, limits, comment screening and satisfaction thresholds. */
@ConfigMapping(prefix = "yizhan.rating")
public interface RatingConfig {

    /**
     * Secret the station QR tokens are signed with (HMAC-SHA256), env {@code YIZHAN_RATING_QR_SECRET}.
     * No default in production: the service does not start without it. Dev and test profiles set a
     * fixed one. Changing it invalidates every printed poster.
     */
    String qrSecret();

    /** A worker's second rating of the same station within this window replaces the first. */
    @WithDefault("PT24H")
    Duration replaceWindow();

    Anonymous anonymous();

    Comments comments();

    Satisfaction satisfaction();

    interface Anonymous {
        /**
         * Anonymous (QR) ratings allowed per QR token and client address in each window, counted in
         * the database so that every replica shares the count.
         */
        @WithDefault("5")
        int limit();

        @WithDefault("PT1H")
        Duration window();

        /** What one anonymous rating weighs in satisfaction, against a logged-in worker's 1. */
        @WithDefault("0.25")
        double weight();

        /**
         * The largest share of a station's satisfaction weight all its anonymous ratings together may
         * have (0–1): with no logged-in ratings they weigh nothing.
         */
        @WithDefault("0.2")
        double maxShare();
    }

    interface Comments {
        /**
         * Words that send a comment to the city admins' moderation queue instead of showing it at
         * once (case-insensitive substring match).
         */
        @WithDefault("傻逼,操你,他妈的,去死,滚蛋,垃圾人,加微信,加我微信,代开发票,贷款,赌博,博彩,色情,fuck,shit")
        List<String> screenedWords();
    }

    interface Satisfaction {
        /** A station is "low" when its 30-day average is below this... */
        @WithDefault("3.5")
        double lowThreshold();

        /** ...with at least this many ratings in those 30 days. */
        @WithDefault("10")
        int minRatings();
    }
}
