package io.yizhan.volunteer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Thresholds of duty, wishes, help and rights cases, with the defaults the province uses unless a deployment says otherwise. */
@ConfigMapping(prefix = "yizhan.volunteer")
public interface VolunteerConfig {

    /** How close to the station (metres) a location check-in must be. */
    @WithDefault("300")
    int checkInRadiusM();

    /** Check-in opens this long before the shift starts. */
    @WithDefault("30m")
    Duration checkInOpensBefore();

    /** A check-in later than start plus this is marked late. */
    @WithDefault("10m")
    Duration lateAfter();

    /** No check-in by start plus this: a no-show. */
    @WithDefault("30m")
    Duration noShowAfter();

    /** Still checked in at end plus this: checked out automatically at the shift's end. */
    @WithDefault("30m")
    Duration autoCheckOutAfter();

    /** Sign-ups can be cancelled until this long before the start. */
    @WithDefault("2h")
    Duration cancelDeadline();

    /** A claimed wish not fulfilled in this time goes back on the board. */
    @WithDefault("7d")
    Duration claimValidity();

    /** Wishes one person may hold claimed at once: no one account can take the whole board off it. */
    @WithDefault("3")
    int maxOpenClaims();

    /** The secret of the stations' wall QR codes (rating-service's); empty turns QR check-in off. */
    java.util.Optional<String> stationQrSecret();

    /** The province's default yearly target of union-cadre person-times. */
    @WithDefault("5000")
    int provinceCadreTarget();

    /** Butler help requests ({@code yizhan.volunteer.help.*}). */
    Help help();

    /** Rights cases ({@code yizhan.volunteer.rights.*}). */
    Rights rights();

    interface Help {
        /** Nobody accepted in this time: the station's manager is alerted too (escalation level 1). */
        @WithDefault("PT5M")
        Duration escalateToManagerAfter();

        /** Still nobody in this time: the city union is alerted (escalation level 2). */
        @WithDefault("PT15M")
        Duration escalateToCityAfter();
    }

    interface Rights {
        /** The desk's first reply is due this many working days (Monday to Friday) after filing. */
        @WithDefault("3")
        int firstReplyWorkingDays();
    }
}
