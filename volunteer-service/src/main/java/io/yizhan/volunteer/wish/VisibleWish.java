package io.yizhan.volunteer.wish;

/**
 * A wish as the caller may see it, with its station's name: {@code mine} (true, else null) and
 * {@code reviewNote} only for its author and the city's reviewers; the board never shows who wished it.
 */
public record VisibleWish(Wish wish, String stationName, Boolean mine, String reviewNote) {
}
