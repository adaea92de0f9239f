package io.yizhan.locker.service;

import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Roles;

import java.util.List;

/**
 * Whether a caller reads lockers and supplies as a worker, across every city. Riders cross city
 * lines, so a worker's own city — the {@code tenant} claim a self-registered account carries since
 * sign-up (ADR 0010) — does not narrow what they may read; a worker who also holds a city-bound role
 * is read as that role.
 */
final class WorkerScope {

    private static final List<String> CITY_BOUND = List.of(Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER,
            Roles.VOLUNTEER, Roles.DEVICE, Roles.RIGHTS_DESK);

    private WorkerScope() {
    }

    static boolean actsAsWorker(Caller caller) {
        return caller.has(Roles.WORKER) && CITY_BOUND.stream().noneMatch(caller::has);
    }
}
