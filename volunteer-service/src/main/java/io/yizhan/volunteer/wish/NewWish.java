package io.yizhan.volunteer.wish;

import java.util.UUID;

/** A worker's micro-wish: category, what is wished, a value cap in fen and the station to hand it over at. */
public record NewWish(String category, String description, int valueCapFen, UUID stationId) {
}
