package io.yizhan.locker.service;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.locker.Locker;
import io.yizhan.locker.Reservation;
import io.yizhan.locker.messaging.LockerEventTypes;
import io.yizhan.locker.messaging.ReservationPayload;
import io.yizhan.locker.messaging.StockLowPayload;
import io.yizhan.locker.repository.CompartmentRepository;
import io.yizhan.locker.repository.SupplyRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;

/**
 * What happens to stock once a device has said a unit left (or did not leave) the locker. Shared by
 * the code path (PickupService) and the device channel (DeviceCommandService); callers have already
 * moved the reservation by a conditional update, so this runs at most once per reservation.
 */
@ApplicationScoped
public class DispenseService {

    private final CompartmentRepository compartments;
    private final SupplyRepository supplies;
    private final Outbox outbox;

    public DispenseService(CompartmentRepository compartments, SupplyRepository supplies, Outbox outbox) {
        this.compartments = compartments;
        this.supplies = supplies;
        this.outbox = outbox;
    }

    /** The unit left the locker: quantity and hold down by one, item-picked-up, stock-low on crossing the threshold. */
    public Uni<Void> dispensed(Locker locker, Reservation r, String by, OffsetDateTime now) {
        return compartments.dispense(r.compartmentId).chain(ok -> {
            if (!ok) {
                throw new IllegalStateException("dispense without a held unit: reservation " + r.id);
            }
            return outbox.append(LockerEventTypes.ITEM_PICKED_UP, r.stationId.toString(), r.tenant,
                            ReservationPayload.of(r, "PICKED_UP", now, by, now))
                    .chain(() -> compartments.stock(locker.id, r.itemId))
                    .chain(stock -> supplies.findById(r.itemId).chain(item -> {
                        long quantity = stock[0];
                        if (quantity < item.lowStockThreshold && quantity + 1 >= item.lowStockThreshold) {
                            return outbox.append(LockerEventTypes.STOCK_LOW, r.stationId.toString(), r.tenant,
                                    new StockLowPayload(locker.id, locker.stationId, locker.tenant, item.id, item.name,
                                            quantity, item.lowStockThreshold, now)).replaceWithVoid();
                        }
                        return Uni.createFrom().voidItem();
                    }));
        });
    }

    /** The unit did not leave: its hold is released and it is on offer again. */
    public Uni<Void> notDispensed(Reservation r) {
        return compartments.release(r.compartmentId).replaceWithVoid();
    }
}
