package io.yizhan.rating.service;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommentScreenTest {

    final CommentScreen screen = new CommentScreen(new TestConfig("s", List.of("加微信", "Fuck", " 代开发票 ", "")));

    @Test
    void hitsIgnoreCaseAndWhiteSpaceIncludingIdeographicSpaces() {
        assertThat(screen.hits("优惠请加 微　信 abc")).containsExactly("加微信");
        assertThat(screen.hits("what the FUCK")).containsExactly("fuck");
        assertThat(screen.hits("代开 发票，加微信")).containsExactlyInAnyOrder("加微信", "代开发票");
    }

    @Test
    void cleanOrMissingCommentsHaveNoHits() {
        assertThat(screen.hits("很干净，热水也有，谢谢站长")).isEmpty();
        assertThat(screen.hits(null)).isEmpty();
    }
}
