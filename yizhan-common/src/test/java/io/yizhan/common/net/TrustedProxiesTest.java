package io.yizhan.common.net;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustedProxiesTest {

    private final TrustedProxies ingress = TrustedProxies.of(List.of("10.0.0.0/8", "127.0.0.1", "fd00::/8"));

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertThat(ingress.clientAddress("203.0.113.9", List.of("198.51.100.1"))).isEqualTo("203.0.113.9");
        // a private address is not trusted for being private: only the configured list counts
        assertThat(ingress.clientAddress("192.168.1.5", List.of("198.51.100.1"))).isEqualTo("192.168.1.5");
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedAddressIsTheClient() {
        assertThat(ingress.clientAddress("10.1.2.3", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        // the client forged left-most entries; the proxy appended the address it really saw
        assertThat(ingress.clientAddress("10.1.2.3", List.of("1.1.1.1, 2.2.2.2, 198.51.100.1"))).isEqualTo("198.51.100.1");
        // two trusted hops (ingress, then portal) are skipped
        assertThat(ingress.clientAddress("127.0.0.1", List.of("9.9.9.9, 198.51.100.1, 10.4.0.7"))).isEqualTo("198.51.100.1");
        // several header lines are one list
        assertThat(ingress.clientAddress("10.1.2.3", List.of("9.9.9.9", "198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void garbageOrOnlyTrustedHopsFallBackToTheNearestTrustedHop() {
        assertThat(ingress.clientAddress("10.1.2.3", List.of("not-an-ip"))).isEqualTo("10.1.2.3");
        assertThat(ingress.clientAddress("10.1.2.3", List.of("10.9.9.9"))).isEqualTo("10.9.9.9");
        assertThat(ingress.clientAddress("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
        assertThat(ingress.clientAddress("10.1.2.3", List.of("999.1.1.1"))).isEqualTo("10.1.2.3");
    }

    @Test
    void portsBracketsAndIpv6AreUnderstood() {
        assertThat(ingress.clientAddress("10.1.2.3", List.of("198.51.100.1:5678"))).isEqualTo("198.51.100.1");
        assertThat(ingress.clientAddress("fd00::1", List.of("[2001:db8::7]:443"))).isEqualTo("2001:db8::7");
        assertThat(ingress.trusts("fd12:3456::1")).isTrue();
        assertThat(ingress.trusts("2001:db8::1")).isFalse();
    }

    @Test
    void namesAreNeverResolvedAndBadEntriesAreRefusedAtStart() {
        assertThat(ingress.trusts("localhost")).isFalse();
        assertThat(TrustedProxies.literal("example.org")).isEmpty();
        assertThatThrownBy(() -> TrustedProxies.of(List.of("proxy.internal"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(TrustedProxies.none().clientAddress("127.0.0.1", List.of("1.2.3.4"))).isEqualTo("127.0.0.1");
    }
}
