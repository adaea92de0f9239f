package io.yizhan.locker;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One item reserved by one worker at one locker, with its pickup code. Status changes go through
 * conditional SQL updates ({@code ReservationRepository}), so that a code is used once and a
 * dispense happens once, however often a device repeats itself.
 */
@Entity
@Table(name = "reservation")
public class Reservation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "locker_id", nullable = false)
    public UUID lockerId;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "compartment_id", nullable = false)
    public UUID compartmentId;

    @Column(name = "compartment_number", nullable = false)
    public int compartmentNumber;

    @Column(name = "item_id", nullable = false)
    public UUID itemId;

    @Column(name = "item_name", nullable = false)
    public String itemName;

    @Column(name = "unit_value_fen", nullable = false)
    public int unitValueFen;

    /** The worker's token subject. */
    @Column(nullable = false)
    public String worker;

    @Column(name = "pickup_code", nullable = false)
    public String pickupCode;

    @Column(name = "qr_payload", nullable = false)
    public String qrPayload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReservationStatus status;

    @Column(name = "transaction_id")
    public UUID transactionId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    /** When the worker was told the code is about to expire (reservation-expiring), if they were. */
    @Column(name = "expiry_warned_at")
    public OffsetDateTime expiryWarnedAt;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "picked_up_at")
    public OffsetDateTime pickedUpAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    /** The text of the reservation's QR code, which the locker reads: {@code YZ1|locker|code|reservation}. */
    public static String qrPayload(UUID lockerId, String code, UUID id) {
        return "YZ1|" + lockerId + "|" + code + "|" + id;
    }
}
