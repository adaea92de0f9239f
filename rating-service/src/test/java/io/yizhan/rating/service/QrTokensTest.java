package io.yizhan.rating.service;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class QrTokensTest {

    final QrTokens tokens = new QrTokens(new TestConfig("unit-test-secret", List.of()));
    final UUID station = UUID.fromString("9d2f4a6e-1c3b-4e8f-a5d7-0b6c8e2f1a34");

    @Test
    void aTokenIsItsVersionAndA16ByteMacInBase64Url() {
        String token = tokens.sign(station, 3);
        assertThat(token).matches("3\\.[A-Za-z0-9_-]{22}");
        assertThat(tokens.verify(station, token)).contains(3);
        assertThat(tokens.sign(station, 3)).isEqualTo(token);
        assertThat(tokens.sign(station, 4)).isNotEqualTo(token);
    }

    @Test
    void anotherStationAnotherSecretOrATamperedTokenDoNotVerify() {
        String token = tokens.sign(station, 1);
        assertThat(tokens.verify(UUID.randomUUID(), token)).isEmpty();
        assertThat(new QrTokens(new TestConfig("another-secret", List.of())).verify(station, token)).isEmpty();
        assertThat(tokens.verify(station, "2" + token.substring(1))).isEmpty();
        char last = token.charAt(token.length() - 1);
        assertThat(tokens.verify(station, token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'))).isEmpty();
    }

    @Test
    void malformedTokensAreRefusedNotThrown() {
        for (String bad : new String[]{null, "", ".", "1.", "x.abc", "0." + "A".repeat(22), "-1.abc", "1.!!!", "1" + ".A".repeat(40)}) {
            assertThat(tokens.verify(station, bad)).as(String.valueOf(bad)).isEqualTo(Optional.empty());
        }
    }
}
