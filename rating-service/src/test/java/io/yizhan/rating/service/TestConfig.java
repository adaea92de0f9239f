package io.yizhan.rating.service;

import io.yizhan.rating.config.RatingConfig;

import java.time.Duration;
import java.util.List;

/** A RatingConfig for plain unit tests, with the documented defaults. */
record TestConfig(String qrSecret, List<String> words) implements RatingConfig {

    @Override
    public Duration replaceWindow() {
        return Duration.ofHours(24);
    }

    @Override
    public Anonymous anonymous() {
        return new Anonymous() {
            @Override
            public int limit() {
                return 5;
            }

            @Override
            public Duration window() {
                return Duration.ofHours(1);
            }

            @Override
            public double weight() {
                return 0.25;
            }

            @Override
            public double maxShare() {
                return 0.2;
            }
        };
    }

    @Override
    public Comments comments() {
        return () -> words;
    }

    @Override
    public Satisfaction satisfaction() {
        return new Satisfaction() {
            @Override
            public double lowThreshold() {
                return 3.5;
            }

            @Override
            public int minRatings() {
                return 10;
            }
        };
    }
}
