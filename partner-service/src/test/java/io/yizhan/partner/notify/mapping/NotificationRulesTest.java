package io.yizhan.partner.notify.mapping;

import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.event.CloudEventCodec;
import io.yizhan.partner.StationReplica;
import io.yizhan.partner.notify.NotificationKind;
import io.yizhan.partner.notify.NotifyFixture;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who hears what, event by event, without a database. */
class NotificationRulesTest {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    static CloudEvent read(String json) throws Exception {
        return JSON.readValue(json, CloudEvent.class);
    }

    static StationReplica station(UUID id, String managers) {
        StationReplica s = new StationReplica();
        s.id = id;
        s.tenant = "fuzhou";
        s.name = "鼓楼驿站";
        s.managers = managers;
        return s;
    }

    @Test
    void escalationLevelOneIsForEachManagerAndLevelTwoForTheCityUrgentBoth() throws Exception {
        UUID id = UUID.randomUUID();
        List<Draft> one = NotificationRules.plan(read(NotifyFixture.helpEscalated(UUID.randomUUID(), id, 1)), station(id, "wang,li,wang"));
        assertThat(one).extracting(Draft::recipient).containsExactly("user:wang", "user:li");
        assertThat(one).allMatch(d -> d.urgent() && !d.digest() && d.kind() == NotificationKind.HELP_ESCALATED);
        List<Draft> two = NotificationRules.plan(read(NotifyFixture.helpEscalated(UUID.randomUUID(), id, 2)), station(id, "wang"));
        assertThat(two).extracting(Draft::recipient).containsExactly("role:city-admin@fuzhou");
        assertThat(two.get(0).body()).contains("鼓楼驿站").contains("饮水");
    }

    @Test
    void aReminderIsForThePersonItNamesAndNobodyElse() throws Exception {
        UUID id = UUID.randomUUID();
        List<Draft> drafts = NotificationRules.plan(read(NotifyFixture.shiftReminder(UUID.randomUUID(), id, "sub-1", "DAY_BEFORE")),
                station(id, "wang"));
        assertThat(drafts).extracting(Draft::recipient).containsExactly("sub:sub-1");
        assertThat(drafts.get(0).body()).contains("11月29日 09:00").contains("鼓楼驿站");
        assertThat(NotificationRules.plan(read(NotifyFixture.shiftReminder(UUID.randomUUID(), id, "", "DAY_BEFORE")), null)).isEmpty();
    }

    @Test
    void lowSatisfactionIsForTheManagersAndTheCitysDigestAndARecoveryForNobody() throws Exception {
        UUID id = UUID.randomUUID();
        List<Draft> drafts = NotificationRules.plan(read(NotifyFixture.lowSatisfaction(UUID.randomUUID(), id)), station(id, "wang"));
        assertThat(drafts).extracting(Draft::recipient, Draft::digest)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("user:wang", false),
                        org.assertj.core.groups.Tuple.tuple("role:city-admin@fuzhou", true));
        String back = NotifyFixture.lowSatisfaction(UUID.randomUUID(), id).replace("BELOW_THRESHOLD", "BACK_ABOVE_THRESHOLD");
        assertThat(NotificationRules.plan(read(back), station(id, "wang"))).isEmpty();
    }

    @Test
    void aStationWithoutKnownManagersNotifiesNoManagerAndUnknownTypesNobody() throws Exception {
        UUID id = UUID.randomUUID();
        assertThat(NotificationRules.plan(read(NotifyFixture.wishClaimed(UUID.randomUUID(), id)), null)).isEmpty();
        assertThat(NotificationRules.plan(read(NotifyFixture.helpEscalated(UUID.randomUUID(), id, 1)), station(id, ""))).isEmpty();
        assertThat(NotificationRules.handles("yizhan.volunteer.checked-in")).isFalse();
        assertThat(NotificationRules.handles("yizhan.rating.rating-submitted")).isFalse();
    }

    @Test
    void cardsAndLockerTroubleReachTheStationsManagers() throws Exception {
        UUID id = UUID.randomUUID();
        String card = NotifyFixture.event(UUID.randomUUID(), "/station-service", "yizhan.station.card-issued", id,
                "{\"cardId\":\"%s\",\"stationId\":\"%s\",\"tenant\":\"fuzhou\",\"colour\":\"RED\",\"rule\":\"LOW_SATISFACTION\",\"action\":\"ISSUED\"}"
                        .formatted(UUID.randomUUID(), id));
        assertThat(NotificationRules.plan(read(card), station(id, "wang"))).extracting(Draft::recipient)
                .containsExactly("user:wang", "role:city-admin@fuzhou");
        String offline = NotifyFixture.event(UUID.randomUUID(), "/locker-service", "yizhan.locker.device-offline", id,
                "{\"lockerId\":\"%s\",\"stationId\":\"%s\",\"tenant\":\"fuzhou\",\"online\":false}".formatted(UUID.randomUUID(), id));
        assertThat(NotificationRules.plan(read(offline), station(id, "wang"))).extracting(Draft::kind)
                .containsExactly(NotificationKind.LOCKER_OFFLINE);
    }

    @Test
    void anAnsweredRightsCaseAndAnExpiringReservationAreForThePersonTheyNameOnly() throws Exception {
        UUID caseId = UUID.randomUUID();
        List<Draft> answered = NotificationRules.plan(read(NotifyFixture.rightsAnswered(UUID.randomUUID(), caseId, "sub-w")), null);
        assertThat(answered).extracting(Draft::recipient, Draft::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sub:sub-w", NotificationKind.RIGHTS_CASE_ANSWERED));
        assertThat(answered.get(0).body()).contains("FZ-2026-000042");
        assertThat(answered.get(0).stationId()).isNull();

        UUID station = UUID.randomUUID();
        String expiring = NotifyFixture.event(UUID.randomUUID(), "/locker-service", "yizhan.locker.reservation-expiring", station, """
                {"reservationId":"%s","stationId":"%s","tenant":"fuzhou","subject":"sub-r","itemName":"矿泉水",
                 "expiresAt":"2026-11-28T10:30:00+08:00","at":"2026-11-28T10:00:00+08:00"}
                """.formatted(UUID.randomUUID(), station));
        List<Draft> drafts = NotificationRules.plan(read(expiring), station(station, "wang"));
        assertThat(drafts).extracting(Draft::recipient).containsExactly("sub:sub-r");
        assertThat(drafts.get(0).body()).contains("鼓楼驿站").contains("矿泉水").contains("11月28日 10:30");
        assertThat(NotificationRules.plan(read(expiring.replace("sub-r", "")), station(station, "wang"))).isEmpty();
    }
}
