package io.yizhan.rating.service;

import com.google.zxing.common.BitMatrix;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.rating.config.PosterConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The printable wall poster of a station, A4 portrait, as PDF (PDFBox, the Chinese font embedded
 * as a subset of the glyphs used) or PNG (Java2D, 150 dpi): the station's name, what the code is
 * for, one line of instructions in Chinese with English beneath, the QR code, the station's short
 * code and the link itself. Both formats share one layout in PDF points.
 */
@ApplicationScoped
public class PosterRenderer {

    public static final String HEADLINE = "扫码评价 · 金点子 · 志愿者签到";
    public static final String INSTRUCTIONS = "用手机相机或微信扫一扫，打开本驿站页面：打分评价、提金点子、志愿者值班签到";
    public static final String INSTRUCTIONS_EN = "Scan with your phone to rate this station, leave a golden idea or check in for volunteer duty";

    /** What a poster shows. */
    public record Poster(String stationName, String city, String code, String url) {
    }

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN = 40;
    static final float QR_SIDE = 380;
    static final int PNG_DPI = 150;

    /** One line of text, centred, with its baseline measured from the top of the page. */
    record Line(String text, float size, float fromTop) {
    }

    private final QrRenderer qr;
    private final PosterConfig config;

    public PosterRenderer(QrRenderer qr, PosterConfig config) {
        this.qr = qr;
        this.config = config;
    }

    public byte[] pdf(Poster poster) {
        Path file = fontFile();
        try (PDDocument doc = new PDDocument(); TrueTypeFontFile font = TrueTypeFontFile.open(file)) {
            PDType0Font type0 = PDType0Font.load(doc, font.font(), true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(poster.stationName() + " · " + HEADLINE);
            info.setSubject(poster.url());
            BitMatrix matrix = qr.matrix(poster.url());
            PDImageXObject image = LosslessFactory.createFromImage(doc, modules(matrix, 8));
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                frame(out);
                for (Line line : lines(poster, (text, size) -> width(type0, text, size))) {
                    out.beginText();
                    out.setFont(type0, line.size());
                    out.newLineAtOffset((WIDTH - width(type0, line.text(), line.size())) / 2, HEIGHT - line.fromTop());
                    out.showText(line.text());
                    out.endText();
                }
                out.drawImage(image, (WIDTH - QR_SIDE) / 2, HEIGHT - qrTop() - QR_SIDE, QR_SIDE, QR_SIDE);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] png(Poster poster) {
        Path file = fontFile();
        float scale = PNG_DPI / 72f;
        Font base;
        try {
            // Font.createFonts reads every face of a collection (.ttc); the first is the regular one.
            base = Font.createFonts(file.toFile())[0];
        } catch (FontFormatException | IOException e) {
            throw missingFont(file, e.getMessage());
        }
        BufferedImage image = new BufferedImage(Math.round(WIDTH * scale), Math.round(HEIGHT * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(new Color(0xC0, 0x1E, 0x2A));
            g.fillRect(0, 0, image.getWidth(), Math.round(12 * scale));
            g.setColor(Color.BLACK);
            List<Line> lines = lines(poster, (text, size) -> (float) base.deriveFont(size).getStringBounds(text, g.getFontRenderContext()).getWidth());
            for (Line line : lines) {
                Font f = base.deriveFont(line.size() * scale);
                g.setFont(f);
                float w = (float) f.getStringBounds(line.text(), g.getFontRenderContext()).getWidth();
                g.drawString(line.text(), (image.getWidth() - w) / 2, line.fromTop() * scale);
            }
            BitMatrix matrix = qr.matrix(poster.url());
            int module = Math.max(1, Math.round(QR_SIDE * scale / matrix.getWidth()));
            int side = module * matrix.getWidth();
            int left = (image.getWidth() - side) / 2;
            int top = Math.round(qrTop() * scale);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        g.fillRect(left + x * module, top + y * module, module, module);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    interface Measure {
        float width(String text, float size);
    }

    /** The poster's text, top to bottom; a long station name is set smaller so that it fits one line. */
    static List<Line> lines(Poster poster, Measure measure) {
        float usable = WIDTH - 2 * MARGIN;
        float nameSize = 34;
        while (nameSize > 14 && measure.width(poster.stationName(), nameSize) > usable) {
            nameSize -= 1;
        }
        float below = qrTop() + QR_SIDE;
        return List.of(
                new Line(poster.city() + " · 工会驿站 Union station", 14, 62),
                new Line(poster.stationName(), nameSize, 112),
                new Line(HEADLINE, 28, 168),
                new Line(INSTRUCTIONS, fit(INSTRUCTIONS, 13, usable, measure), 200),
                new Line(INSTRUCTIONS_EN, fit(INSTRUCTIONS_EN, 10, usable, measure), 218),
                new Line("驿站编号 Station code  " + poster.code(), 20, below + 40),
                new Line(poster.url(), fit(poster.url(), 8, usable, measure), below + 62),
                new Line("更换二维码后旧海报失效 · A replaced code stops working", 9, HEIGHT - 36));
    }

    static float fit(String text, float size, float usable, Measure measure) {
        float s = size;
        while (s > 5 && measure.width(text, s) > usable) {
            s -= 0.5f;
        }
        return s;
    }

    static float qrTop() {
        return 240;
    }

    static float width(PDType0Font font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void frame(PDPageContentStream out) throws IOException {
        out.setNonStrokingColor(0xC0 / 255f, 0x1E / 255f, 0x2A / 255f);
        out.addRect(0, HEIGHT - 12, WIDTH, 12);
        out.fill();
        out.setNonStrokingColor(0f, 0f, 0f);
    }

    /** The QR modules as a black-and-white image, {@code scale} pixels per module. */
    static BufferedImage modules(BitMatrix m, int scale) {
        BufferedImage image = new BufferedImage(m.getWidth() * scale, m.getHeight() * scale, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }

    private Path fontFile() {
        Path file = Path.of(config.fontFile());
        if (!Files.isReadable(file)) {
            throw missingFont(file, "not readable");
        }
        return file;
    }

    private static ProblemException missingFont(Path file, String why) {
        return new ProblemException(503, "暂不可用 / Unavailable",
                "海报所需的中文字体缺失（" + file + "），请安装 fonts-wqy-microhei 或设置 yizhan.rating.poster.font-file"
                        + " / the poster's Chinese font is missing (" + why + ")", List.of());
    }

    /** The first font of a collection (.ttc) or a single font file (.ttf), closed with the document. */
    record TrueTypeFontFile(TrueTypeFont font, AutoCloseable owner) implements AutoCloseable {

        static TrueTypeFontFile open(Path file) throws IOException {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                if (first[0] == null) {
                    collection.close();
                    throw new IOException("no font in " + file);
                }
                return new TrueTypeFontFile(first[0], collection);
            }
            TrueTypeFont single = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            return new TrueTypeFontFile(single, single);
        }

        @Override
        public void close() throws IOException {
            try {
                owner.close();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }
}
