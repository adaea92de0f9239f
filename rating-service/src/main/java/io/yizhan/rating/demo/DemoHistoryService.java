package io.yizhan.rating.demo;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.event.CloudEventCodec;
import io.yizhan.common.demo.StationHistory;
import io.yizhan.rating.config.RatingConfig;
import io.yizhan.rating.demo.repository.DemoHistoryRepository;
import io.yizhan.rating.demo.repository.DemoHistoryRepository.Past;
import io.yizhan.rating.demo.repository.DemoHistoryRepository.Week;
import io.yizhan.rating.messaging.RatingEventTypes;
import io.yizhan.rating.messaging.RatingSubmittedPayload;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A week of plausible ratings before the load (issue 21, docs/adr/0017-demo-history.md): a share of each
 * city's serving stations (most in Fuzhou) rated by a few logged-in workers, mostly well, a tenth anonymously
 * with the wall code; and a few stations rated low by a dozen workers, which is what the evaluation's
 * {@code LOW_SATISFACTION} is there to find. Each rating goes out as the normal {@code rating-submitted}
 * through the outbox, stamped with its {@code ratedAt}, so the evaluation and the feeds see the same week.
 * Deterministic: whether and how a station is rated comes from the seed and its id alone, the days from
 * the injected clock. Stations arrive by station-events after start-up, so the job runs again whenever the
 * number of serving stations has changed; a station with history (the marker) is never rated twice.
 */
@ApplicationScoped
public class DemoHistoryService {

    static final ZoneId STATION_TIME = ZoneId.of("Asia/Shanghai");
    /** Synthetic workers per city, numbered; a station's raters are distinct, so none replaces another. */
    static final int WORKERS = 500;
    /** Score of a good station's rating by draw out of 100: 5 half the time, 1 once. */
    static final int[] GOOD_SCORES = {5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 3, 3, 2};
    static final int[] LOW_SCORES = {1, 2, 2, 3};
    static final String[][] GOOD_TAGS = {{"clean"}, {"friendly"}, {"charging_ok", "clean"}, {"comfortable_temperature"}, {}};
    static final String[][] LOW_TAGS = {{"water_out"}, {"toilet_dirty"}, {"no_hot_water", "toilet_dirty"}, {"charging_broken"}};

    /** Per cent of the rated stations that a dozen workers rate low: what the evaluation should find. */
    static final int LOW_PERCENT = 2;

    private final DemoHistoryRepository history;
    private final StationHistory stationHistory;
    private final RatingConfig ratingConfig;
    private final CloudEventCodec codec;

    public DemoHistoryService(DemoHistoryRepository history, StationHistory stationHistory, RatingConfig ratingConfig,
                              CloudEventCodec codec) {
        this.history = history;
        this.stationHistory = stationHistory;
        this.ratingConfig = ratingConfig;
        this.codec = codec;
    }

    /** The scheduled path: behind the demo switch, and only when stations have arrived since the last run. */
    public Uni<Integer> fillMissing() {
        return stationHistory.fillMissing("ratings", this::fillMissing);
    }

    /** One city's stations without history get theirs, as of {@code now}; returns how many were rated. */
    public Uni<Integer> fillMissing(String city, OffsetDateTime now) {
        return history.write(city, ids -> week(city, ids, now));
    }

    Week week(String city, List<UUID> stations, OffsetDateTime now) {
        List<Past> ratings = new ArrayList<>();
        List<CloudEvent> events = new ArrayList<>();
        int rated = 0;
        LocalDate today = now.atZoneSameInstant(STATION_TIME).toLocalDate();
        int days = stationHistory.config().days();
        for (UUID station : stations) {
            Random random = stationHistory.draw(station);
            if (!stationHistory.chosen(city, random)) {
                continue;
            }
            rated++;
            boolean low = random.nextInt(100) < LOW_PERCENT;
            // a low station: a dozen logged-in workers, over the evaluation's minimum of 10; a good one: 1–6
            int count = low ? 12 + random.nextInt(3) : 1 + random.nextInt(6);
            int firstWorker = random.nextInt(WORKERS);
            for (int k = 0; k < count; k++) {
                boolean anonymous = !low && random.nextInt(10) == 0;
                int score = low ? LOW_SCORES[random.nextInt(LOW_SCORES.length)] : GOOD_SCORES[random.nextInt(GOOD_SCORES.length)];
                String[] tags = low ? LOW_TAGS[random.nextInt(LOW_TAGS.length)] : GOOD_TAGS[random.nextInt(GOOD_TAGS.length)];
                LocalDate day = today.minusDays(1 + random.nextInt(days));
                OffsetDateTime at = day.atStartOfDay(STATION_TIME).plusMinutes(7 * 60 + random.nextInt(15 * 60)).toOffsetDateTime();
                String author = anonymous ? null
                        : String.format("%s%s-%03d", DemoHistoryRepository.AUTHOR_PREFIX, city, (firstWorker + k) % WORKERS);
                UUID id = UUID.nameUUIDFromBytes(("demo-history/" + station + "/" + k).getBytes(StandardCharsets.UTF_8));
                int near = Math.max(1, Math.min(5, score + random.nextInt(3) - 1));
                Past past = new Past(id, station, city, score, near, Math.max(1, Math.min(5, score + random.nextInt(3) - 1)), score,
                        near, String.join(",", tags), author, anonymous ? "QR" : "WORKER", at);
                ratings.add(past);
                events.add(event(past, Arrays.asList(tags), anonymous));
            }
        }
        return new Week(ratings, events, rated);
    }

    private CloudEvent event(Past r, List<String> tags, boolean anonymous) {
        RatingSubmittedPayload data = new RatingSubmittedPayload(r.id(), r.stationId(), r.tenant(), r.score(), r.environment(),
                r.facilities(), r.service(), r.openingAsPosted(), tags, false, r.source(), anonymous, false, r.ratedAt(), anonymous,
                anonymous ? ratingConfig.anonymous().weight() : 1.0);
        // the event id is named after the rating: a second writer could never publish it twice
        return codec.envelopeAt(UUID.nameUUIDFromBytes(("demo-history-event/" + r.id()).getBytes(StandardCharsets.UTF_8)),
                RatingEventTypes.RATING_SUBMITTED, r.stationId().toString(), r.tenant(), data, r.ratedAt());
    }
}
