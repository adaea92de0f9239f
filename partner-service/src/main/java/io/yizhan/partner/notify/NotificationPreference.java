package io.yizhan.partner.notify;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A person's channel choices per kind, and the phone their text messages go to. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference extends PanacheEntityBase {

    @Id
    public String subject;

    public String username;

    /** comma-separated, from the token when saved */
    @Column(nullable = false)
    public String roles;

    public String tenant;

    public String phone;

    /** comma-separated kinds the person does not want in the feed */
    @Column(name = "in_app_off", nullable = false)
    public String inAppOff;

    /** comma-separated kinds the person wants as a text message too */
    @Column(name = "sms_on", nullable = false)
    public String smsOn;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
