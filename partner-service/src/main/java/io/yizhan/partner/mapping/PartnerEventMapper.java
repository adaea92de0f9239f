package io.yizhan.partner.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.geo.Gcj02;
import io.yizhan.common.replica.StationChange;
import io.yizhan.partner.StationReplica;
import io.yizhan.partner.messaging.PartnerEventTypes;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Turns the platform's internal events into the few partners may receive, with only public data:
 * station managers' login names and an admin's free-text reason stay inside.
 */
public final class PartnerEventMapper {

    /** Statuses in which a station serves riders (a warned station is still open). */
    static final Set<String> SERVING = Set.of("OPEN", "WARNED");

    private PartnerEventMapper() {
    }

    /** The partner event a station event means, if any. */
    public static Optional<PartnerEvent> fromStation(CloudEvent event, StationChange change) {
        String type = switch (event.type()) {
            case "yizhan.station.hours-changed" -> PartnerEventTypes.STATION_HOURS_CHANGED;
            case "yizhan.station.status-changed" -> statusType(change.previousStatus(), change.status());
            default -> null;
        };
        if (type == null) {
            return Optional.empty();
        }
        ObjectNode data = event.data().deepCopy();
        data.remove("managers");
        data.remove("reason");
        addGcj02(data, change.lat(), change.lon());
        return Optional.of(new PartnerEvent(derivedId(event, type), type, event.time(), event.subject(), change.tenant(),
                change.lat(), change.lon(), data));
    }

    /** opened / closed / delisted from a status change; other moves (e.g. OPEN → WARNED) say nothing to riders. */
    static String statusType(String previous, String current) {
        if ("DELISTED".equals(current)) {
            return "DELISTED".equals(previous) ? null : PartnerEventTypes.STATION_DELISTED;
        }
        boolean wasServing = previous != null && SERVING.contains(previous);
        boolean serving = SERVING.contains(current);
        if (serving && !wasServing) {
            return PartnerEventTypes.STATION_OPENED;
        }
        if ("SUSPENDED".equals(current) && wasServing) {
            return PartnerEventTypes.STATION_CLOSED;
        }
        return null;
    }

    /** The partner event a locker event means, placed at its station when the replica knows it. */
    public static Optional<PartnerEvent> fromLocker(CloudEvent event, StationReplica station) {
        String type = switch (event.type()) {
            case "yizhan.locker.restocked" -> PartnerEventTypes.LOCKER_RESTOCKED;
            case "yizhan.locker.stock-low" -> PartnerEventTypes.LOCKER_STOCK_LOW;
            default -> null;
        };
        if (type == null) {
            return Optional.empty();
        }
        ObjectNode data = event.data().deepCopy();
        // the value of restocked supplies is the unions' bookkeeping, not riders' business
        data.remove("valueFen");
        data.remove("taskId");
        String tenant = event.tenant() != null ? event.tenant() : data.path("tenant").asText(null);
        Double lat = null;
        Double lon = null;
        if (station != null) {
            ObjectNode place = data.putObject("station");
            place.put("id", station.id.toString());
            place.put("name", station.name);
            place.put("lat", station.lat);
            place.put("lon", station.lon);
            addGcj02(place, station.lat, station.lon);
            lat = station.lat;
            lon = station.lon;
            tenant = station.tenant;
        }
        return Optional.of(new PartnerEvent(derivedId(event, type), type, event.time(), event.subject(), tenant,
                lat, lon, data));
    }

    private static void addGcj02(ObjectNode node, double lat, double lon) {
        Gcj02.LatLon gcj = Gcj02.fromWgs84(lat, lon);
        ObjectNode out = node.putObject("gcj02");
        out.put("lat", gcj.lat());
        out.put("lon", gcj.lon());
    }

    /** Stable per source event and partner type: the same on redelivery, the same for every partner. */
    static UUID derivedId(CloudEvent event, String type) {
        return UUID.nameUUIDFromBytes((event.id() + "/" + type).getBytes(StandardCharsets.UTF_8));
    }
}
