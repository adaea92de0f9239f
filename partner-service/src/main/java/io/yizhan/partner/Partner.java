package io.yizhan.partner;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A courier platform 合作平台 allowed to use the partner API through its own Keycloak client. */
@Entity
@Table(name = "partner")
public class Partner extends PanacheEntityBase {

    public static final String ACTIVE = "ACTIVE";
    public static final String SUSPENDED = "SUSPENDED";

    @Id
    public UUID id;

    /** The Keycloak client id; tokens name it in {@code azp}. */
    @Column(name = "client_id", nullable = false, unique = true)
    public String clientId;

    @Column(nullable = false)
    public String name;

    @Column(name = "contact_name", nullable = false)
    public String contactName;

    @Column(name = "contact_email", nullable = false)
    public String contactEmail;

    /** Tenant codes, comma-separated: the cities whose events the partner may receive. */
    @Column(nullable = false)
    public String cities;

    /** Scope names, comma-separated. */
    @Column(nullable = false)
    public String scopes;

    @Column(nullable = false)
    public String status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public List<String> cityList() {
        return split(cities);
    }

    public List<String> scopeList() {
        return split(scopes);
    }

    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    public static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
