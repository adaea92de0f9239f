package io.yizhan.station.programme.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.station.programme.repository.ProgrammeRepository;
import io.yizhan.station.programme.rest.ProgrammeProgress;
import io.yizhan.station.programme.rest.ProgrammeTargets;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The yearly build and upgrade programme: the province sets targets, the registry shows progress. */
@ApplicationScoped
public class ProgrammeService {

    private final ProgrammeRepository repository;

    public ProgrammeService(ProgrammeRepository repository) {
        this.repository = repository;
    }

    @WithTransaction
    public Uni<ProgrammeProgress> setTargets(Caller caller, int year, String tenant, ProgrammeTargets targets) {
        checkYear(year);
        if (!Tenants.isCity(tenant)) {
            throw ProblemException.notFound("城市 / City", tenant);
        }
        return repository.saveTargets(year, tenant, targets, caller.username()).chain(() -> progress(caller, year));
    }

    /** City admins see their own city's line and the province's totals; the province sees every city. */
    @WithSession
    public Uni<ProgrammeProgress> progress(Caller caller, int year) {
        checkYear(year);
        var scope = caller.tenantScope();
        return repository.targets(year).chain(targets -> repository.actuals(year).map(actuals -> {
            List<ProgrammeProgress.Line> cities = new ArrayList<>();
            int[] target = new int[3];
            int[] actual = new int[3];
            for (Map.Entry<String, String> city : Tenants.CITIES.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                ProgrammeTargets t = targets.getOrDefault(city.getKey(), ProgrammeTargets.NONE);
                ProgrammeTargets a = actuals.getOrDefault(city.getKey(), ProgrammeTargets.NONE);
                add(target, t);
                add(actual, a);
                if (scope.isEmpty() || scope.get().equals(city.getKey())) {
                    cities.add(new ProgrammeProgress.Line(city.getKey(), city.getValue(), t, a, completion(t, a)));
                }
            }
            ProgrammeTargets provinceTarget = new ProgrammeTargets(target[0], target[1], target[2]);
            ProgrammeTargets provinceActual = new ProgrammeTargets(actual[0], actual[1], actual[2]);
            return new ProgrammeProgress(year, new ProgrammeProgress.Line(Tenants.PROVINCE, "福建省", provinceTarget,
                    provinceActual, completion(provinceTarget, provinceActual)), cities);
        }));
    }

    private static void add(int[] sum, ProgrammeTargets t) {
        sum[0] += t.newStations();
        sum[1] += t.upgraded();
        sum[2] += t.smartUpgrades();
    }

    /** Share of the year's total target reached, capped per kind so that overshooting one kind hides no shortfall. */
    static Integer completion(ProgrammeTargets target, ProgrammeTargets actual) {
        int total = target.newStations() + target.upgraded() + target.smartUpgrades();
        if (total == 0) {
            return null;
        }
        int reached = Math.min(actual.newStations(), target.newStations()) + Math.min(actual.upgraded(), target.upgraded())
                + Math.min(actual.smartUpgrades(), target.smartUpgrades());
        return (int) Math.floor(100.0 * reached / total);
    }

    private static void checkYear(int year) {
        if (year < 2020 || year > 2100) {
            throw ProblemException.badRequest("year", "年份须在 2020–2100 / year must be 2020 to 2100");
        }
    }
}
