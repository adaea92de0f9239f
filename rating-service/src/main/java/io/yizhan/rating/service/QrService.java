package io.yizhan.rating.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.rating.StationReplica;
import io.yizhan.rating.config.PublicSiteConfig;
import io.yizhan.rating.messaging.QrRotatedPayload;
import io.yizhan.rating.messaging.RatingEventTypes;
import io.yizhan.rating.repository.StationQrRepository;
import io.yizhan.rating.repository.StationReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The QR code of a station: its current token version, the URL printed on the poster, rotation and checks. */
@ApplicationScoped
public class QrService {

    /** What a poster carries. */
    public record StationQr(UUID stationId, String tenant, String name, int version, String token, String url) {
    }

    private final StationReplicaRepository stations;
    private final StationQrRepository qrVersions;
    private final QrTokens tokens;
    private final PublicSiteConfig site;
    private final Outbox outbox;
    private final Clock clock;

    public QrService(StationReplicaRepository stations, StationQrRepository qrVersions, QrTokens tokens, PublicSiteConfig site,
                     Outbox outbox, Clock clock) {
        this.clock = clock;
        this.stations = stations;
        this.qrVersions = qrVersions;
        this.tokens = tokens;
        this.site = site;
        this.outbox = outbox;
    }

    /** The current QR of a station in the caller's scope (another city's is 404). */
    @WithSession
    public Uni<StationQr> current(Caller caller, UUID stationId) {
        return visible(caller, stationId).chain(station -> version(stationId).map(v -> qr(station, v)));
    }

    /**
     * A new token version: posters printed before stop working, here and (through the
     * {@code qr-rotated} event) for volunteer-service's duty check-ins.
     */
    @WithTransaction
    public Uni<StationQr> rotate(Caller caller, UUID stationId) {
        String by = caller.username() != null ? caller.username() : caller.subject();
        return visible(caller, stationId).chain(station -> qrVersions.rotate(stationId, OffsetDateTime.now(clock), by)
                .call(version -> outbox.append(RatingEventTypes.QR_ROTATED, stationId.toString(), station.tenant,
                        new QrRotatedPayload(stationId, station.tenant, version)))
                .map(version -> qr(station, version)));
    }

    /**
     * Whether {@code token} is this station's current token; call inside a session. Refuses with
     * 400 (field {@code qrToken}) otherwise, saying whether it was rotated away.
     */
    public Uni<Integer> check(UUID stationId, String token) {
        var version = tokens.verify(stationId, token);
        if (version.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.badRequest("qrToken",
                    "二维码无效或不属于该驿站 / the QR token is invalid or belongs to another station"));
        }
        return version(stationId).map(current -> {
            if (!current.equals(version.get())) {
                throw ProblemException.badRequest("qrToken",
                        "二维码已更换，请扫描驿站张贴的新二维码 / this QR code was replaced; scan the one now posted at the station");
            }
            return current;
        });
    }

    /** The current token version of a station (1 until first rotated); call inside a session. */
    public Uni<Integer> version(UUID stationId) {
        return qrVersions.version(stationId);
    }

    /**
     * The link a poster's QR code carries: the portal's page for the station on the public origin
     * ({@code yizhan.public.base-url}), which reads {@code GET /api/v1/ratings/scan/{id}?t=} itself.
     */
    public String url(UUID stationId, int version) {
        return site.baseUrl().replaceAll("/+$", "") + "/s/" + stationId + "?t=" + tokens.sign(stationId, version);
    }

    private StationQr qr(StationReplica station, int version) {
        return new StationQr(station.id, station.tenant, station.name, version, tokens.sign(station.id, version),
                url(station.id, version));
    }

    private Uni<StationReplica> visible(Caller caller, UUID stationId) {
        return stations.findById(stationId)
                .map(s -> s != null && caller.sees(s.tenant) ? s : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", stationId));
    }
}
