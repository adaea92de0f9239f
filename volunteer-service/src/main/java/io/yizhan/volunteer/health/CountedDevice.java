package io.yizhan.volunteer.health;

/** A registered device with its station's name and how many sessions it recorded in the last 30 days. */
public record CountedDevice(HealthDevice device, String stationName, long sessionsLast30Days) {
}
