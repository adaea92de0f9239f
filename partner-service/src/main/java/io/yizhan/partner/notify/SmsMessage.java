package io.yizhan.partner.notify;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A text message for one person's phone, written with its notification and handed to the gateway later. */
@Entity
@Table(name = "sms_message")
public class SmsMessage extends PanacheEntityBase {

    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";

    @Id
    public UUID id;

    @Column(name = "notification_id", nullable = false)
    public UUID notificationId;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public String status;

    @Column(name = "send_after", nullable = false)
    public OffsetDateTime sendAfter;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
}
