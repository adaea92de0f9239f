package io.yizhan.station.doors;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One pass through a 24-hour station's door as the service counts it: {@code entryId} is the
 * device's own id for the pass (a retry is counted once), {@code pseudonym} what the device derives
 * for the worker, if anything.
 */
public record DoorPass(UUID entryId, OffsetDateTime at, Direction direction, boolean granted, String pseudonym) {

    public enum Direction { IN, OUT }
}
