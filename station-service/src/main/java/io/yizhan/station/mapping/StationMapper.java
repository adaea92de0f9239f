package io.yizhan.station.mapping;

import io.yizhan.common.tenant.Tenants;
import io.yizhan.station.Station;
import io.yizhan.station.messaging.StationEventPayload;
import io.yizhan.station.rest.StationAdminView;
import io.yizhan.station.rest.StationRegistration;
import io.yizhan.station.rest.StationView;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class StationMapper {

    public void apply(StationRegistration registration, Station station) {
        station.name = registration.name().strip();
        station.address = registration.address().strip();
        station.district = registration.district().strip();
        station.lat = registration.lat();
        station.lon = registration.lon();
        station.type = registration.type();
        station.hostOrganisation = registration.hostOrganisation();
        station.contactName = registration.contactName();
        station.contactPhone = registration.contactPhone();
    }

    public StationView toView(Station s) {
        return new StationView(s.id, s.tenant, Tenants.CITIES.get(s.tenant), s.name, s.address, s.district,
                s.lat, s.lon, s.type.name(), s.type.label, s.status.name(), s.status.label,
                s.hostOrganisation, maskPhone(s.contactPhone));
    }

    public StationAdminView toAdminView(Station s) {
        return new StationAdminView(s.id, s.tenant, Tenants.CITIES.get(s.tenant), s.name, s.address, s.district,
                s.lat, s.lon, s.type.name(), s.type.label, s.status.name(), s.status.label,
                s.hostOrganisation, s.contactName, s.contactPhone, s.version, s.createdAt, s.updatedAt);
    }

    public StationEventPayload toEvent(Station s) {
        return new StationEventPayload(s.id, s.tenant, s.name, s.address, s.district, s.lat, s.lon,
                s.type.name(), s.status.name(), s.version);
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
