package io.yizhan.locker.rest;

import io.yizhan.locker.service.SupplyService.GiftPacks;

import java.util.List;
import java.util.UUID;

/**
 * The membership desk's gift-pack figures: members recorded, and per once-per-worker item how many
 * were picked up (issued), are waiting in a locker, or expired uncollected.
 */
public record GiftPacksView(String tenant, long members, long issued, long waiting, List<Item> items) {

    public record Item(UUID itemId, String tenant, String name, long issued, long waiting, long expired) {
    }

    public static GiftPacksView of(GiftPacks packs) {
        List<Item> items = packs.items().stream()
                .map(c -> new Item(c.itemId(), c.tenant(), c.name(), c.pickedUp(), c.waiting(), c.expired())).toList();
        return new GiftPacksView(packs.tenant(), packs.members(), items.stream().mapToLong(Item::issued).sum(),
                items.stream().mapToLong(Item::waiting).sum(), items);
    }
}
