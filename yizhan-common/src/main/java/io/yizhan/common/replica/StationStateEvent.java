package io.yizhan.common.replica;

import io.yizhan.common.event.CloudEvent;

/** One station state event of a poll: its envelope (for the inbox) and its data. */
public record StationStateEvent(CloudEvent envelope, StationChange change) {
}
