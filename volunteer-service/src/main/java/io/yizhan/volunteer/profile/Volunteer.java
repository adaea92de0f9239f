package io.yizhan.volunteer.profile;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** 志愿者: a union cadre, volunteer, worker representative or social worker, linked to a Keycloak identity. */
@Entity
@Table(name = "volunteer")
public class Volunteer extends PanacheEntityBase {

    public enum Kind { UNION_CADRE, VOLUNTEER, WORKER_REPRESENTATIVE, SOCIAL_WORKER }

    public enum CadreLevel { PROVINCE, CITY, COUNTY }

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String subject;

    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadre_level")
    public CadreLevel cadreLevel;

    @Column(nullable = false)
    public String tenant;

    /** Comma-separated skills (急救, 维修, 心理疏导 …). */
    @Column(nullable = false)
    public String skills = "";

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
