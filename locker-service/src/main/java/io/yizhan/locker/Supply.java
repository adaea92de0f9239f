package io.yizhan.locker;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An item of a city's free-supplies catalogue 免费物资目录, with its value and who may take how many. */
@Entity
@Table(name = "supply")
public class Supply extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(nullable = false)
    public String name;

    @Column(name = "unit_value_fen", nullable = false)
    public int unitValueFen;

    @Column(name = "low_stock_threshold", nullable = false)
    public int lowStockThreshold;

    /** At most this many per worker ... */
    @Column(name = "quota_count", nullable = false)
    public int quotaCount;

    /** ... within this many days. */
    @Column(name = "quota_days", nullable = false)
    public int quotaDays;

    @Column(name = "members_only", nullable = false)
    public boolean membersOnly;

    /** Once per worker, ever (the new-member gift pack). */
    @Column(name = "once_per_worker", nullable = false)
    public boolean oncePerWorker;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
