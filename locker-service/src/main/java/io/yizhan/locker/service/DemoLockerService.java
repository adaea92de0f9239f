package io.yizhan.locker.service;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.tenant.EachCity;
import io.yizhan.locker.config.DemoLockerConfig;
import io.yizhan.locker.repository.DemoLockerRepository;
import io.yizhan.locker.repository.DemoLockerRepository.Item;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The demo province's lockers (issue 21): where the article puts them — 39 in Fuzhou, a few in each
 * other city — each with 18 compartments, a city catalogue of free supplies, a weekly restock plan worth
 * about ¥350 (over ¥1,000 a month) and the past weeks' restocks. Stations arrive through station-events
 * after start-up, so the loader runs until every city has its lockers; fixed ids make it idempotent.
 * Device client ids are {@code demo-locker-<city>-NN}: the identities ./platform gives the broker.
 */
@ApplicationScoped
public class DemoLockerService {

    /** name, unit value (fen), low-stock threshold, weekly target; ≈ 34,900 fen a week per locker. */
    private static final Object[][] CATALOGUE = {
            {"矿泉水 Mineral water", 200, 6, 24}, {"面包 Bread", 500, 3, 12}, {"毛巾 Towel", 800, 2, 6},
            {"雨衣 Raincoat", 1500, 1, 4}, {"防暑凉茶 Herbal tea", 400, 3, 12}, {"充电线 Charging cable", 1500, 1, 3},
            {"口罩 Masks", 50, 5, 20}, {"创可贴 Plasters", 100, 3, 10}, {"纸巾 Tissues", 100, 5, 20}};

    private final DemoLockerRepository demo;
    private final DemoLockerConfig config;
    private final Clock clock;

    public DemoLockerService(DemoLockerRepository demo, DemoLockerConfig config, Clock clock) {
        this.demo = demo;
        this.config = config;
        this.clock = clock;
    }

    public static String clientId(String city, int n) {
        return String.format("demo-locker-%s-%02d", city, n);
    }

    public int target(String city) {
        return "fuzhou".equals(city) ? config.fuzhou() : config.otherCities();
    }

    /** Adds the lockers still missing in every city whose stations have arrived; returns how many were added. */
    public Uni<Integer> loadMissing() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return EachCity.sum(city -> loadMissing(city, now))
                .invoke(added -> {
                    if (added > 0) {
                        Log.infof("demo lockers: %d added", added);
                    }
                });
    }

    /** The lockers still missing in one city, as far as its stations have arrived. */
    public Uni<Integer> loadMissing(String city, OffsetDateTime now) {
        return demo.count(city).chain(have -> have >= target(city) ? Uni.createFrom().item(0) : load(city, have.intValue(), now));
    }

    private Uni<Integer> load(String city, int have, OffsetDateTime now) {
        List<Item> items = java.util.Arrays.stream(CATALOGUE).map(row -> new Item(
                UUID.nameUUIDFromBytes(("demo-supply/" + city + "/" + row[0]).getBytes(StandardCharsets.UTF_8)),
                (String) row[0], (Integer) row[1], (Integer) row[2], (Integer) row[3])).toList();
        int missing = target(city) - have;
        return Multi.createFrom().iterable(items).onItem().transformToUniAndConcatenate(i -> demo.supply(city, i, now))
                .collect().asList()
                .chain(() -> demo.freeStations(city, missing))
                .chain(stations -> Multi.createFrom().range(0, stations.size())
                        .onItem().transformToUniAndConcatenate(k -> {
                            int n = have + k + 1;
                            String clientId = clientId(city, n);
                            return demo.locker(UUID.nameUUIDFromBytes(clientId.getBytes(StandardCharsets.UTF_8)), city,
                                    stations.get(k), "驿站智能柜 " + n + " 号", clientId, 18, items, config.historyWeeks(), now);
                        })
                        .collect().asList().map(made -> (int) made.stream().filter(Boolean::booleanValue).count()));
    }
}
