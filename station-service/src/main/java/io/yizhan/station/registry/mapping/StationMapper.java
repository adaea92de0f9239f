package io.yizhan.station.registry.mapping;

import io.yizhan.common.tenant.Tenants;
import io.yizhan.station.registry.OpeningHours;
import io.yizhan.station.registry.Station;
import io.yizhan.station.registry.StationDetails;
import io.yizhan.station.registry.StationType;
import io.yizhan.station.registry.StationWithManagers;
import io.yizhan.station.registry.messaging.StationEventPayload;
import io.yizhan.station.registry.rest.StationAdminView;
import io.yizhan.station.registry.rest.StationView;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yizhan.station.registry.HoursException;
import io.yizhan.station.registry.OpeningWindow;

import java.util.List;

@ApplicationScoped
public class StationMapper {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<OpeningWindow>> WINDOWS = new TypeReference<>() { };
    private static final TypeReference<List<HoursException>> EXCEPTIONS = new TypeReference<>() { };

    private final ObjectMapper json;

    public StationMapper(ObjectMapper json) {
        this.json = json;
    }

    public List<String> amenities(Station s) {
        return read(s.amenities, STRINGS);
    }

    public void apply(StationDetails details, Station station) {
        station.name = details.name().strip();
        station.address = details.address().strip();
        station.district = details.district().strip();
        station.lat = details.lat();
        station.lon = details.lon();
        station.type = details.type();
        station.hostOrganisation = details.hostOrganisation();
        station.contactName = details.contactName();
        station.contactPhone = details.contactPhone();
        station.areaM2 = details.areaM2();
        station.buildYear = details.buildYear();
        station.buildKind = details.buildKind();
        station.amenities = write(details.amenitiesOrEmpty().stream().distinct().sorted().toList());
        station.photos = write(details.photosOrEmpty());
        if (details.hours() != null) {
            apply(details.hours(), station);
        }
        if (station.type == StationType.TWENTY_FOUR_HOUR) {
            station.open24h = true;
        }
    }

    public void apply(OpeningHours hours, Station station) {
        station.open24h = hours.open24h() || station.type == StationType.TWENTY_FOUR_HOUR;
        station.weeklyHours = write(hours.weeklyOrEmpty());
        station.hoursExceptions = write(hours.exceptionsOrEmpty());
    }

    public OpeningHours hours(Station s) {
        return new OpeningHours(s.open24h, read(s.weeklyHours, WINDOWS), read(s.hoursExceptions, EXCEPTIONS));
    }

    public StationView toView(Station s) {
        return new StationView(s.id, s.tenant, Tenants.CITIES.get(s.tenant), s.name, s.address, s.district,
                s.lat, s.lon, s.type.name(), s.type.label, s.status.name(), s.status.label,
                s.hostOrganisation, maskPhone(s.contactPhone), s.areaM2, amenities(s),
                read(s.photos, STRINGS), hours(s), s.hoursVerifiedAt, s.buildYear,
                s.buildKind == null ? null : s.buildKind.name());
    }

    public StationAdminView toAdminView(StationWithManagers station) {
        Station s = station.station();
        List<String> managers = station.managers();
        return new StationAdminView(s.id, s.tenant, Tenants.CITIES.get(s.tenant), s.name, s.address, s.district,
                s.lat, s.lon, s.type.name(), s.type.label, s.status.name(), s.status.label,
                s.hostOrganisation, s.contactName, s.contactPhone, s.areaM2, amenities(s),
                read(s.photos, STRINGS), hours(s), s.hoursVerifiedAt, s.hoursVerifiedBy, s.buildYear,
                s.buildKind == null ? null : s.buildKind.name(), managers, s.version, s.createdAt, s.updatedAt);
    }

    public StationEventPayload toEvent(Station s, List<String> managers, String previousStatus, String reason) {
        return new StationEventPayload(s.id, s.tenant, s.name, s.address, s.district, s.lat, s.lon,
                s.type.name(), s.status.name(), s.open24h, amenities(s), List.copyOf(managers), s.version, previousStatus, reason);
    }

    /** The event of a station without managers yet (registration, demo data). */
    public StationEventPayload toEvent(Station s) {
        return toEvent(s, List.of(), null, null);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("station column is not the JSON it should be", e);
        }
    }

    /** 13812345678 → 138****5678; landlines keep their area code and last four digits. */
    static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return null;
        }
        int keepStart = Math.min(3, phone.length() - 4);
        return phone.substring(0, keepStart) + "*".repeat(phone.length() - keepStart - 4)
                + phone.substring(phone.length() - 4);
    }
}
