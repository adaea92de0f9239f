package io.yizhan.volunteer.profile.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.volunteer.profile.Volunteer;
import io.yizhan.volunteer.profile.repository.VolunteerRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A volunteer's profile, created by the volunteer from their own token (city from its tenant claim). */
@ApplicationScoped
public class VolunteerProfileService {

    private final VolunteerRepository repository;
    private final Clock clock;

    public VolunteerProfileService(VolunteerRepository repository, Clock clock) {
        this.clock = clock;
        this.repository = repository;
    }

    @WithTransaction
    public Uni<Volunteer> save(Caller caller, Profile profile) {
        if (!Tenants.isCity(caller.tenant()) && !Tenants.PROVINCE.equals(caller.tenant())) {
            throw ProblemException.forbidden("令牌缺少所属城市 / Your token carries no city (tenant claim)");
        }
        if ((profile.kind() == Volunteer.Kind.UNION_CADRE) != (profile.cadreLevel() != null)) {
            throw ProblemException.badRequest("cadreLevel",
                    "工会干部须填写级别，其他身份不填 / cadreLevel is required for union cadres and only for them");
        }
        return repository.bySubject(caller.subject()).chain(existing -> {
            Volunteer volunteer = existing != null ? existing : new Volunteer();
            if (existing == null) {
                volunteer.id = UUID.randomUUID();
                volunteer.subject = caller.subject();
                volunteer.createdAt = OffsetDateTime.now(clock);
            }
            volunteer.username = caller.username();
            volunteer.tenant = caller.tenant();
            volunteer.displayName = profile.displayName().strip();
            volunteer.kind = profile.kind();
            volunteer.cadreLevel = profile.cadreLevel();
            volunteer.skills = String.join(",", profile.skills() == null ? List.of() : profile.skills());
            return repository.persist(volunteer);
        });
    }

    @WithSession
    public Uni<Volunteer> mine(Caller caller) {
        return required(caller);
    }

    public Uni<Volunteer> required(Caller caller) {
        return repository.bySubject(caller.subject()).onItem().ifNull().failWith(() -> ProblemException.conflict(
                "请先填写志愿者资料 / register your volunteer profile first (PUT /api/v1/volunteers/me)"));
    }

    /** What a volunteer says about themself (validated by the caller). */
    public record Profile(String displayName, Volunteer.Kind kind, Volunteer.CadreLevel cadreLevel, List<String> skills) {
    }
}
