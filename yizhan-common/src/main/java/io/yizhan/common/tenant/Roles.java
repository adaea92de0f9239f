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
    /** 维权窗口: the city union's staff and social workers who handle workers' rights cases (tenant-bound). */
    public static final String RIGHTS_DESK = "rights-desk";
    /**
     * 第三方检查机构: staff of an outside inspection body (claim {@code inspection_body}); no city, they
     * reach only the stations assigned to their body.
     */
    public static final String INSPECTOR = "inspector";

    private Roles() {
    }
}
