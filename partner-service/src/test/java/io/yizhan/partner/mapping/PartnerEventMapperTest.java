package io.yizhan.partner.mapping;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which status changes partners hear about. */
class PartnerEventMapperTest {

    @Test
    void aStationOpensWhenItStartsServing() {
        assertThat(PartnerEventMapper.statusType("PLANNED", "OPEN")).isEqualTo("station.opened");
        assertThat(PartnerEventMapper.statusType("SUSPENDED", "OPEN")).isEqualTo("station.opened");
        assertThat(PartnerEventMapper.statusType(null, "OPEN")).isEqualTo("station.opened");
    }

    @Test
    void aWarningOrItsLiftingIsNoNewsForRiders() {
        assertThat(PartnerEventMapper.statusType("OPEN", "WARNED")).isNull();
        assertThat(PartnerEventMapper.statusType("WARNED", "OPEN")).isNull();
    }

    @Test
    void aServingStationSuspendedIsClosedAndDelistingIsItsOwnEvent() {
        assertThat(PartnerEventMapper.statusType("OPEN", "SUSPENDED")).isEqualTo("station.closed");
        assertThat(PartnerEventMapper.statusType("WARNED", "SUSPENDED")).isEqualTo("station.closed");
        assertThat(PartnerEventMapper.statusType("PLANNED", "SUSPENDED")).isNull();
        assertThat(PartnerEventMapper.statusType("SUSPENDED", "DELISTED")).isEqualTo("station.delisted");
        assertThat(PartnerEventMapper.statusType("OPEN", "DELISTED")).isEqualTo("station.delisted");
    }
}
