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
 * A command to a locker's device over the device channel (ADR 0012). Its id is the transaction id the
 * device acknowledges with; it is written in the transaction of the state change it serves and sent
 * afterwards by the relay, again whenever the device comes back, until it is acknowledged or expires.
 */
@Entity
@Table(name = "device_command")
public class DeviceCommand extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "locker_id", nullable = false)
    public UUID lockerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeviceCommandKind kind;

    @Column(name = "compartment_number")
    public Integer compartmentNumber;

    @Column(name = "reservation_id")
    public UUID reservationId;

    /** SET_CONFIG: the settings as a JSON object, sent to the device as they are. */
    public String config;

    public String reason;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeviceCommandStatus status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    @Column(name = "send_count", nullable = false)
    public int sendCount;

    @Column(name = "ack_count", nullable = false)
    public int ackCount;

    @Column(name = "acked_at")
    public OffsetDateTime ackedAt;

    public String outcome;

    @Column(name = "closed_by")
    public String closedBy;
}
