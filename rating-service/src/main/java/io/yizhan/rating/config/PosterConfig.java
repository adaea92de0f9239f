package io.yizhan.rating.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code yizhan.rating.poster.*}: the printable wall poster. */
@ConfigMapping(prefix = "yizhan.rating.poster")
public interface PosterConfig {

    /**
     * A TrueType collection (.ttc) or font (.ttf) with Chinese glyphs, env
     * {@code YIZHAN_RATING_POSTER_FONT_FILE}. The default is Debian's fonts-wqy-microhei, which
     * {@code ./platform test} installs (and the service's container image must install too); the PDF
     * embeds only the glyphs a poster uses. Without the file the poster endpoints answer 503.
     */
    @WithDefault("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    String fontFile();
}
