package io.yizhan.station.registry.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.station.registry.StationReport;
import io.yizhan.station.registry.repository.StationReportRepository;
import io.yizhan.station.registry.repository.StationRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Workers' reports (closed, moved, wrong) and the city admin's queue that resolves them. */
@ApplicationScoped
public class StationReportService {

    private final StationReportRepository reports;
    private final StationRepository stations;
    private final StationService stationService;
    private final Clock clock;

    public StationReportService(StationReportRepository reports, StationRepository stations, StationService stationService,
                                Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.stations = stations;
        this.stationService = stationService;
    }

    /** A city admin's answer to a report; {@code hoursVerified} records that the posted hours were checked. */
    public record Resolution(StationReport.Status outcome, String resolution, boolean hoursVerified) {
    }

    @WithTransaction
    public Uni<StationReport> report(Caller caller, UUID stationId, StationReport.Kind kind, String note) {
        return stations.findById(stationId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", stationId))
                .chain(station -> reports.hasOpen(caller.subject(), stationId).chain(open -> {
                    if (open) {
                        throw ProblemException.conflict("您对该驿站的反馈仍在处理中 / your earlier report on this station is still open");
                    }
                    StationReport report = new StationReport();
                    report.id = UUID.randomUUID();
                    report.stationId = stationId;
                    report.tenant = station.tenant;
                    report.kind = kind;
                    report.note = note;
                    report.reporter = caller.subject();
                    report.status = StationReport.Status.OPEN;
                    report.createdAt = OffsetDateTime.now(clock);
                    return reports.persist(report);
                }));
    }

    @WithSession
    public Uni<List<StationReport>> mine(Caller caller) {
        return reports.byReporter(caller.subject());
    }

    @WithSession
    public Uni<Page<StationReport>> queue(Caller caller, StationReport.Status status, PageRequest page) {
        return reports.queue(caller.tenantScope(), status, page);
    }

    @WithTransaction
    public Uni<StationReport> resolve(Caller caller, UUID reportId, Resolution resolution) {
        if (resolution.outcome() == StationReport.Status.OPEN) {
            throw ProblemException.badRequest("outcome", "处理结果须为 RESOLVED 或 REJECTED / outcome must be RESOLVED or REJECTED");
        }
        return reports.findById(reportId)
                .map(report -> report != null && caller.sees(report.tenant) ? report : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("反馈 / Report", reportId))
                .chain(report -> {
                    if (report.status != StationReport.Status.OPEN) {
                        throw ProblemException.conflict("该反馈已处理 / this report was already answered");
                    }
                    report.status = resolution.outcome();
                    report.resolution = resolution.resolution();
                    report.resolvedAt = OffsetDateTime.now(clock);
                    report.resolvedBy = caller.username();
                    Uni<?> verify = resolution.hoursVerified()
                            ? stationService.verifyHours(caller, report.stationId) : Uni.createFrom().voidItem();
                    return verify.replaceWith(report);
                });
    }
}
