package io.yizhan.partner.notify;

/** One message of a person's feed, with whether that person has read it (read state is per person, not per message). */
public record FeedItem(Notification notification, boolean read) {
}
