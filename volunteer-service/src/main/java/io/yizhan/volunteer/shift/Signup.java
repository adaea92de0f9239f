package io.yizhan.volunteer.shift;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A volunteer's place on a shift: confirmed, waiting in order, cancelled, or a no-show. */
@Entity
@Table(name = "signup")
public class Signup extends PanacheEntityBase {

    public enum Status {
        CONFIRMED("已确认"), WAITLISTED("候补"), CANCELLED("已取消"), NO_SHOW("未到岗");

        public final String label;

        Status(String label) {
            this.label = label;
        }
    }

    @Id
    public UUID id;

    @Column(name = "shift_id", nullable = false)
    public UUID shiftId;

    @Column(name = "volunteer_id", nullable = false)
    public UUID volunteerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "waitlist_seq")
    public Long waitlistSeq;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    @Column(name = "checked_in_at")
    public OffsetDateTime checkedInAt;

    @Column(name = "checked_out_at")
    public OffsetDateTime checkedOutAt;

    @Column(nullable = false)
    public boolean late;

    @Column(name = "auto_checked_out", nullable = false)
    public boolean autoCheckedOut;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
