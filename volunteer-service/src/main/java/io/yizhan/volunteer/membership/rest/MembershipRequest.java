package io.yizhan.volunteer.membership.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** 入会申请 at a station; the city is the station's ({@code tenant}, if given, must agree). */
public record MembershipRequest(
        @NotBlank(message = "请填写姓名 / name is required")
        @Size(max = 30, message = "姓名最多 30 字 / name is at most 30 characters") String name,
        @NotBlank(message = "请填写手机号 / phone is required")
        @Pattern(regexp = "^1[3-9]\\d{9}$", message = "请填写 11 位手机号 / phone must be a mobile number (11 digits)") String phone,
        @NotNull(message = "请选择所在平台 / platform is required")
        @Pattern(regexp = "^(MEITUAN|ELEME|SF|JD|JT|ZTO|YTO|STO|YUNDA|DIDI|HUOLALA|OTHER)$",
                message = "平台须为 MEITUAN, ELEME, SF, JD, JT, ZTO, YTO, STO, YUNDA, DIDI, HUOLALA, OTHER / unknown platform")
        String platform,
        String tenant,
        @NotNull(message = "请选择申请入会的驿站 / stationId is required") UUID stationId) {
}
