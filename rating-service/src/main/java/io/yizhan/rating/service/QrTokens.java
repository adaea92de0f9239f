package io.yizhan.rating.service;

import io.yizhan.common.qr.StationQrSigner;
import io.yizhan.rating.config.RatingConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** Station QR tokens signed with this service's secret; the format is {@link StationQrSigner}'s. */
@ApplicationScoped
public class QrTokens {

    private final StationQrSigner signer;

    public QrTokens(RatingConfig config) {
        this.signer = new StationQrSigner(config.qrSecret());
    }

    public String sign(UUID stationId, int version) {
        return signer.sign(stationId, version);
    }

    /** The version a well-formed token of this station carries, if its signature is right. */
    public Optional<Integer> verify(UUID stationId, String token) {
        return signer.verify(stationId, token);
    }
}
