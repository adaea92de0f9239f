package io.yizhan.partner.notify;

import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Roles;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recipient keys. Events name some people by Keycloak subject (a reminder's volunteer), station-service
 * names managers by login name, and admins and desks are reached as a role of a city: a caller's
 * token resolves to all the keys they answer to, so a feed is one indexed {@code IN}.
 */
public final class Recipients {

    /** Roles a message may address as a whole city; a worker or device is only ever reached by person. */
    static final List<String> CITY_ROLES = List.of(Roles.CITY_ADMIN, Roles.RIGHTS_DESK);

    private Recipients() {
    }

    public static String subject(String subject) {
        return "sub:" + subject;
    }

    public static String user(String username) {
        return "user:" + username;
    }

    public static String role(String role, String tenant) {
        return "role:" + role + "@" + tenant;
    }

    public static String province() {
        return "role:" + Roles.PROVINCE_ADMIN;
    }

    /** Every key {@code caller} reads the messages of. */
    public static Set<String> of(Caller caller) {
        Set<String> keys = new LinkedHashSet<>();
        if (caller.subject() != null) {
            keys.add(subject(caller.subject()));
        }
        // managers are named by login name; only a station manager's name is trusted for that audience
        if (caller.username() != null && caller.has(Roles.STATION_MANAGER)) {
            keys.add(user(caller.username()));
        }
        if (caller.tenant() != null) {
            for (String role : CITY_ROLES) {
                if (caller.has(role)) {
                    keys.add(role(role, caller.tenant()));
                }
            }
        }
        if (caller.isProvinceAdmin()) {
            keys.add(province());
        }
        return keys;
    }
}
