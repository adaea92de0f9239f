package io.yizhan.rating.service;

import io.yizhan.rating.config.RatingConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;

/**
 * The word list comments are screened by. A hit does not refuse the comment: it waits, hidden, in the
 * city admins' moderation queue. Matching ignores case and white space ("加 微 信" hits "加微信").
 */
@ApplicationScoped
public class CommentScreen {

    private final List<String> words;

    public CommentScreen(RatingConfig config) {
        this.words = config.comments().screenedWords().stream().map(CommentScreen::normalise)
                .filter(w -> !w.isEmpty()).distinct().toList();
    }

    /** The listed words the comment contains; empty when it may be shown at once. */
    public List<String> hits(String comment) {
        if (comment == null) {
            return List.of();
        }
        String text = normalise(comment);
        return words.stream().filter(text::contains).toList();
    }

    static String normalise(String s) {
        return s.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
    }
}
