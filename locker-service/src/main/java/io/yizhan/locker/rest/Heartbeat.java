package io.yizhan.locker.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Answer to a heartbeat. */
public record Heartbeat(UUID lockerId, boolean online, OffsetDateTime at) {
}
