package io.yizhan.locker.rest;

import io.yizhan.locker.service.ReservationService;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

public record ReservationRequest(
        @NotNull(message = "请指定智能柜 / lockerId is required") UUID lockerId,
        @NotNull(message = "请指定物资 / itemId is required") UUID itemId) {

    public ReservationService.NewReservation toNewReservation() {
        return new ReservationService.NewReservation(lockerId, itemId);
    }
}
