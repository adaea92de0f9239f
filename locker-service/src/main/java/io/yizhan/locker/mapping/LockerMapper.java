package io.yizhan.locker.mapping;

import io.yizhan.locker.Compartment;
import io.yizhan.locker.Locker;
import io.yizhan.locker.StationReplica;
import io.yizhan.locker.Supply;
import io.yizhan.locker.repository.NearbyLockerRepository;
import io.yizhan.locker.rest.LockerView;
import io.yizhan.locker.rest.NearbyLockerView;
import io.yizhan.locker.service.LockerService;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class LockerMapper {

    public static String onlineLabel(boolean online) {
        return online ? "在线" : "离线";
    }

    public LockerView view(LockerService.LockerDetails d) {
        return view(d.locker(), d.station(), d.admin(), d.compartments(), d.items());
    }

    public NearbyLockerView nearby(NearbyLockerRepository.Near n) {
        return new NearbyLockerView(n.id(), n.name(), n.tenant(), n.stationId(), n.stationName(), n.lat(), n.lon(), n.distanceM(),
                n.online(), onlineLabel(n.online()), n.stock().stream()
                .map(s -> new NearbyLockerView.InStock(s.itemId(), s.name(), s.membersOnly(), s.available())).toList());
    }

    private LockerView view(Locker locker, StationReplica station, boolean admin, List<Compartment> compartments,
                           Map<UUID, Supply> items) {
        List<LockerView.CompartmentView> views = compartments == null ? null : compartments.stream()
                .map(c -> {
                    Supply item = c.itemId == null ? null : items.get(c.itemId);
                    return new LockerView.CompartmentView(c.number, c.itemId, item == null ? null : item.name,
                            c.quantity, c.held, c.quantity - c.held);
                }).toList();
        return new LockerView(locker.id, locker.tenant, locker.stationId, station == null ? null : station.name,
                station == null ? null : station.status, locker.name, admin ? locker.deviceClientId : null,
                locker.compartmentCount, locker.online, onlineLabel(locker.online), locker.lastHeartbeatAt,
                locker.createdAt, views);
    }
}
