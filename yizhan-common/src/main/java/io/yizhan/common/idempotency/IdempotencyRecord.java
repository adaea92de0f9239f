package io.yizhan.common.idempotency;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** The stored result of a creating request made with an {@code Idempotency-Key}. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String response;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Embeddable
    public record Key(String caller, @Column(name = "idem_key") String idemKey) implements Serializable {
    }
}
