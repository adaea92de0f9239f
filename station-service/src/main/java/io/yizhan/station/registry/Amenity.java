package io.yizhan.station.registry;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** An entry of the amenity vocabulary (微波炉, 饮水机 …); province admins may add entries. */
@Entity
@Table(name = "amenity")
public class Amenity extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
