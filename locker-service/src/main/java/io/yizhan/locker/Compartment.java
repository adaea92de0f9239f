package io.yizhan.locker;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * A compartment 格口 of a locker: one item, a quantity, and how many of them are held for live
 * reservations. Quantity and held change only through conditional SQL updates (see
 * {@code CompartmentRepository}); the table's checks forbid negative or oversold stock.
 */
@Entity
@Table(name = "compartment")
public class Compartment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "locker_id", nullable = false)
    public UUID lockerId;

    @Column(nullable = false)
    public int number;

    @Column(name = "item_id")
    public UUID itemId;

    @Column(nullable = false)
    public int quantity;

    @Column(nullable = false)
    public int held;
}
