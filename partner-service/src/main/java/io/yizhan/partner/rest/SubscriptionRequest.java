package io.yizhan.partner.rest;

import io.yizhan.partner.service.SubscriptionService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A webhook subscription: where to post, which event types, and either cities (a subset of the
 * partner's) or a box {@code minLng,minLat,maxLng,maxLat} in GCJ-02 degrees — not both; with neither,
 * every city the partner may see.
 */
public record SubscriptionRequest(
        @NotBlank(message = "请填写接收地址 / url is required")
        @Size(max = 2000, message = "网址最多 2000 字符 / url: at most 2000 characters")
        String url,
        @NotEmpty(message = "请至少选择一种事件 / eventTypes: name at least one event type")
        List<String> eventTypes,
        List<String> cities,
        String bbox,
        @Size(max = 200, message = "说明最多 200 字 / description: at most 200 characters")
        String description) {

    public SubscriptionService.NewSubscription toNewSubscription() {
        return new SubscriptionService.NewSubscription(url, eventTypes, cities, bbox, description);
    }
}
