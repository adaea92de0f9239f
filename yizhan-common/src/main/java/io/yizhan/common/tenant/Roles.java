package io.yizhan.common.tenant;

/** Realm roles of the {@code yizhan} realm, read from {@code realm_access.roles}. */
public final class Roles {
    public static final String PROVINCE_ADMIN = "province-admin";
    public static final String CITY_ADMIN = "city-admin";
    public static final String STATION_MANAGER = "station-manager";
    public static final String VOLUNTEER = "volunteer";
    public static final String WORKER = "worker";
    public static final String PARTNER = "partner";
    public static final String DEVICE = "device";

    private Roles() {
    }
}
