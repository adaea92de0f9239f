package io.yizhan.partner.rest;

import io.yizhan.partner.service.PartnerService;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A province admin registers a courier platform: its Keycloak client, contact, cities and scopes. */
public record PartnerRequest(
        @NotBlank(message = "请填写 Keycloak 客户端 ID / clientId is required")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,62}", message = "客户端 ID 为 3–63 位小写字母、数字或连字符 / clientId: 3–63 lower-case letters, digits or hyphens")
        String clientId,
        @NotBlank(message = "请填写平台名称 / name is required")
        @Size(max = 100, message = "名称最多 100 字 / name: at most 100 characters")
        String name,
        @NotBlank(message = "请填写联系人 / contactName is required")
        @Size(max = 50, message = "联系人最多 50 字 / contactName: at most 50 characters")
        String contactName,
        @NotBlank(message = "请填写联系邮箱 / contactEmail is required")
        @Email(message = "邮箱格式不正确 / contactEmail is not an e-mail address")
        String contactEmail,
        @NotEmpty(message = "请至少选择一个城市 / cities: name at least one city")
        List<String> cities,
        @NotEmpty(message = "请至少授予一个权限范围 / scopes: grant at least one scope")
        List<String> scopes) {

    public PartnerService.NewPartner toNewPartner() {
        return new PartnerService.NewPartner(clientId, name, contactName, contactEmail, cities, scopes);
    }
}
