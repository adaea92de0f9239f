package io.yizhan.partner;

import java.util.List;

/** What a partner may do. Granted by the province admin at registration. */
public final class PartnerScopes {

    /** Read public station data (search, along-route search) in station-service. */
    public static final String STATIONS_READ = "stations.read";
    /** Manage webhook subscriptions and read their delivery log. */
    public static final String WEBHOOKS = "webhooks";

    public static final List<String> ALL = List.of(STATIONS_READ, WEBHOOKS);

    private PartnerScopes() {
    }
}
