package io.yizhan.common.replica;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/**
 * The data of a station state event as it travels on station-events (docs/events/station-events.md):
 * the wire record only, not a station. Fields a consumer does not read are ignored, so station-service
 * can add fields without breaking anyone. {@code open24h} is false when an older event lacks it, which
 * only ever refuses a night shift, never allows one wrongly.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StationChange(UUID id, String tenant, String name, String status, String previousStatus,
                            double lat, double lon, long version, List<String> managers,
                            boolean open24h) {

    /** Whether the change names what every replica keeps; one that does not is dead-lettered. */
    boolean complete() {
        return id != null && tenant != null && name != null && status != null;
    }

    /** The managers' login names, comma-separated, as the replicas that keep them store them. */
    public String managersJoined() {
        return managers == null ? "" : String.join(",", managers);
    }
}
