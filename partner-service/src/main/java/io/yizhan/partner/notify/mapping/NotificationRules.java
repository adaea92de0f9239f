package io.yizhan.partner.notify.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.tenant.Roles;
import io.yizhan.common.time.StationTime;
import io.yizhan.partner.StationReplica;
import io.yizhan.partner.notify.NotificationKind;
import io.yizhan.partner.notify.Recipients;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who must hear what, for each event type we act on. Pure: the event and the station replica in,
 * drafts out. Texts name stations, never people (the events carry no worker, author or donor).
 * Non-urgent messages for a city's admins go to their daily digest rather than one by one.
 */
public final class NotificationRules {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private NotificationRules() {
    }

    /** The event types acted on; every other type is skipped without a trace. */
    public static boolean handles(String type) {
        return switch (type) {
            case "yizhan.volunteer.shift-reminder", "yizhan.volunteer.help-escalated",
                 "yizhan.volunteer.wish-claimed", "yizhan.volunteer.wish-fulfilled",
                 "yizhan.rating.satisfaction-changed", "yizhan.station.card-issued",
                 "yizhan.locker.device-offline", "yizhan.locker.stock-low",
                 "yizhan.volunteer.rights-case-answered", "yizhan.locker.reservation-expiring" -> true;
            default -> false;
        };
    }

    /** The station an event concerns: {@code data.stationId}, else the subject. */
    public static Optional<UUID> stationOf(CloudEvent event) {
        String id = event.data().path("stationId").asText(event.subject());
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public static List<Draft> plan(CloudEvent event, StationReplica station) {
        JsonNode data = event.data();
        String tenant = data.path("tenant").asText(event.tenant());
        UUID stationId = stationOf(event).orElse(null);
        String place = station != null ? station.name : "驿站 / a station";
        List<Draft> drafts = new ArrayList<>();
        switch (event.type()) {
            case "yizhan.volunteer.shift-reminder" -> {
                String subject = data.path("subject").asText("");
                if (subject.isBlank()) {
                    break;
                }
                boolean dayBefore = "DAY_BEFORE".equals(data.path("reminder").asText());
                String when = time(data.path("startsAt").asText());
                drafts.add(new Draft(Recipients.subject(subject), NotificationKind.SHIFT_REMINDER, false, tenant, stationId,
                        dayBefore ? "明天有值班 / Duty tomorrow" : "两小时后值班 / Duty in two hours",
                        data.path("title").asText("值班") + "，" + place + "，" + when, "/volunteer/shifts", false));
            }
            case "yizhan.volunteer.help-escalated" -> {
                int level = data.path("escalationLevel").asInt(0);
                String text = place + "：求助（" + category(data.path("category").asText()) + "）无人响应 / a help request is unanswered";
                if (level >= 2) {
                    drafts.add(new Draft(Recipients.role(Roles.CITY_ADMIN, tenant), NotificationKind.HELP_ESCALATED, true, tenant,
                            stationId, "求助已升级到市总 / Help request escalated to the city", text, "/console/help", false));
                } else {
                    managers(station).forEach(m -> drafts.add(new Draft(Recipients.user(m), NotificationKind.HELP_ESCALATED, true,
                            tenant, stationId, "求助已升级到站长 / Help request escalated to you", text, "/console/help", false)));
                }
            }
            case "yizhan.volunteer.wish-claimed", "yizhan.volunteer.wish-fulfilled" -> {
                boolean claimed = event.type().endsWith("claimed");
                NotificationKind kind = claimed ? NotificationKind.WISH_CLAIMED : NotificationKind.WISH_FULFILLED;
                managers(station).forEach(m -> drafts.add(new Draft(Recipients.user(m), kind, false, tenant, stationId,
                        kind.label(), place + (claimed ? "：一个微心愿已被认领" : "：一个微心愿已实现"), "/console/wishes", false)));
            }
            case "yizhan.rating.satisfaction-changed" -> {
                if (!"BELOW_THRESHOLD".equals(data.path("reason").asText())) {
                    break;
                }
                String text = place + "：近30天满意度 " + data.path("average30").asText() + "（" + data.path("ratings30").asInt()
                        + " 条评价）低于 " + data.path("threshold").asText() + " / 30-day satisfaction below the threshold";
                perStation(drafts, station, tenant, stationId, NotificationKind.SATISFACTION_LOW, text, "/console/satisfaction");
            }
            case "yizhan.station.card-issued" -> {
                boolean red = "RED".equals(data.path("colour").asText());
                String text = place + "：" + (red ? "红牌 / red card" : "黄牌 / yellow card") + "（" + data.path("rule").asText() + "）";
                perStation(drafts, station, tenant, stationId, NotificationKind.CARD_ISSUED, text, "/console/evaluation");
            }
            case "yizhan.volunteer.rights-case-answered" -> {
                // keyed by the case, not a station: there is no place to name
                String subject = data.path("subject").asText("");
                if (!subject.isBlank()) {
                    drafts.add(new Draft(Recipients.subject(subject), NotificationKind.RIGHTS_CASE_ANSWERED, false, tenant, null,
                            "维权案件有新答复 / Your rights case has a reply",
                            "案件 " + data.path("caseNumber").asText("") + " 有维权窗口的新答复，请查看 / the rights desk answered",
                            "/worker/rights", false));
                }
            }
            case "yizhan.locker.reservation-expiring" -> {
                String subject = data.path("subject").asText("");
                if (!subject.isBlank()) {
                    drafts.add(new Draft(Recipients.subject(subject), NotificationKind.RESERVATION_EXPIRING, false, tenant, stationId,
                            NotificationKind.RESERVATION_EXPIRING.label(), place + "：" + data.path("itemName").asText("物资") + " 请在 "
                            + time(data.path("expiresAt").asText()) + " 前取走 / pick it up before the code expires", "/worker/reservations",
                            false));
                }
            }
            case "yizhan.locker.device-offline" -> managers(station).forEach(m -> drafts.add(new Draft(Recipients.user(m),
                    NotificationKind.LOCKER_OFFLINE, false, tenant, stationId, NotificationKind.LOCKER_OFFLINE.label(),
                    place + "：智能柜失去联系 / a locker stopped reporting", "/console/lockers", false)));
            case "yizhan.locker.stock-low" -> managers(station).forEach(m -> drafts.add(new Draft(Recipients.user(m),
                    NotificationKind.STOCK_LOW, false, tenant, stationId, NotificationKind.STOCK_LOW.label(),
                    place + "：" + data.path("itemName").asText("物资") + " 余 " + data.path("quantity").asInt() + " / running low",
                    "/console/lockers", false)));
            default -> {
            }
        }
        return drafts;
    }

    /** The station's managers one by one, and its city's admins in their digest. */
    private static void perStation(List<Draft> drafts, StationReplica station, String tenant, UUID stationId,
                                   NotificationKind kind, String text, String link) {
        managers(station).forEach(m -> drafts.add(new Draft(Recipients.user(m), kind, false, tenant, stationId,
                kind.label(), text, link, false)));
        if (tenant != null) {
            drafts.add(new Draft(Recipients.role(Roles.CITY_ADMIN, tenant), kind, false, tenant, stationId,
                    kind.label(), text, link, true));
        }
    }

    static List<String> managers(StationReplica station) {
        if (station == null || station.managers == null || station.managers.isBlank()) {
            return List.of();
        }
        return Arrays.stream(station.managers.split(",")).map(String::trim).filter(m -> !m.isEmpty()).distinct().toList();
    }

    static String time(String iso) {
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(StationTime.ZONE).format(WHEN);
        } catch (RuntimeException e) {
            return "";
        }
    }

    static String category(String code) {
        return switch (code) {
            case "WATER" -> "饮水";
            case "MEAL" -> "用餐";
            case "REST" -> "休息";
            case "TOILET" -> "如厕";
            case "CHARGING" -> "充电";
            case "LOCKER" -> "智能柜打不开";
            default -> "其他";
        };
    }
}
