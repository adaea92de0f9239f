package io.yizhan.common.tenant;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import java.util.function.Function;

/** Work done city by city, one after the other (the demo loaders: one city's writes at a time on two cores). */
public final class EachCity {

    private EachCity() {
    }

    /** Runs {@code work} for every city in turn and adds up what each returns (rows or objects written). */
    public static Uni<Integer> sum(Function<String, Uni<Integer>> work) {
        return Multi.createFrom().iterable(Tenants.codes())
                .onItem().transformToUniAndConcatenate(city -> work.apply(city))
                .collect().asList().map(counts -> counts.stream().mapToInt(Integer::intValue).sum());
    }
}
