package io.yizhan.volunteer.shift.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.event.MalformedEventException;
import io.yizhan.common.inbox.Inbox;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.qr.StationQrSigner;
import io.yizhan.volunteer.config.VolunteerConfig;
import io.yizhan.volunteer.shift.messaging.QrRotation;
import io.yizhan.volunteer.shift.repository.StationQrRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/**
 * Check-in with the station's wall QR code: the token must be signed with the stations' QR secret
 * and carry the version now posted (rating-service announces rotations on rating-events).
 */
@ApplicationScoped
public class StationQrService {

    static final String CONSUMER = "volunteer-service.station-qr";

    private final Optional<StationQrSigner> signer;
    private final Inbox inbox;
    private final StationQrRepository versions;

    public StationQrService(VolunteerConfig config, Inbox inbox, StationQrRepository versions) {
        this.signer = config.stationQrSecret().filter(s -> !s.isBlank()).map(StationQrSigner::new);
        this.inbox = inbox;
        this.versions = versions;
    }

    /** Passes when {@code token} is the station's current wall code; call inside a session. */
    public Uni<Void> check(UUID stationId, String token) {
        if (signer.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.badRequest("qrToken",
                    "此处未启用二维码签到，请用位置签到 / QR check-in is not set up here; check in with your location"));
        }
        Optional<Integer> version = signer.get().verify(stationId, token);
        if (version.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.badRequest("qrToken",
                    "二维码无效或不属于该驿站 / the QR token is invalid or belongs to another station"));
        }
        return versions.currentVersion(stationId)
                .map(current -> {
                    if (!current.equals(version.get())) {
                        throw ProblemException.badRequest("qrToken",
                                "二维码已更换，请扫描驿站张贴的新二维码 / this QR code was replaced; scan the one now posted at the station");
                    }
                    return null;
                }).replaceWithVoid();
    }

    /** Records a rotation once; a late, older rotation never lowers the version. */
    @WithTransaction
    public Uni<Boolean> rotated(CloudEvent event, QrRotation rotation) {
        if (rotation.stationId() == null || rotation.version() < 1) {
            return Uni.createFrom().failure(new MalformedEventException("qr-rotated without stationId or version"));
        }
        return inbox.once(event, CONSUMER, () -> versions.raise(rotation.stationId(), rotation.version()));
    }
}
