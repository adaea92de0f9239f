package io.yizhan.system;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after every other end-to-end class (they register stations with contact phones, reserve, rate,
 * apply ...) and reads every log the stack wrote: no mainland mobile number may appear unmasked.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(SharedPlatform.class)
class LogPrivacyIT {

    static final Pattern MOBILE = Pattern.compile("(?<![\\d.])1[3-9]\\d{9}(?![\\d.])");

    @Test
    void noLogOfTheRunHoldsAnUnmaskedPhoneNumber(PlatformStack stack) throws IOException {
        // the pattern itself: a full number is found, a masked one and longer digit runs are not
        assertThat(MOBILE.matcher("contact=13900001111,").find()).isTrue();
        assertThat(MOBILE.matcher("139****1111 1764300000000 10.13900001111").find()).isFalse();
        Path logs = Path.of(stack.env.get("YIZHAN_STATE_DIR"), "logs");
        List<String> leaks = new ArrayList<>();
        long lines = 0;
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                    lines++;
                    Matcher m = MOBILE.matcher(line);
                    if (m.find()) {
                        leaks.add(file.getFileName() + ": …" + m.group().substring(0, 3) + "…");
                    }
                }
            }
        }
        System.out.printf("log privacy: %d log lines read, %d unmasked phone numbers%n", lines, leaks.size());
        assertThat(lines).as("log lines of the run").isPositive();
        assertThat(leaks).as("unmasked phone numbers in the logs").isEmpty();
    }
}
