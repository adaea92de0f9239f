package io.yizhan.station.photo.image;

import io.yizhan.common.problem.ProblemException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;

/**
 * Turns an uploaded photo into what is stored: decoded (JPEG or PNG), turned upright as its EXIF
 * orientation says, scaled to at most {@link #MAX_EDGE} px on the long edge plus a {@link #THUMB_EDGE} px
 * thumbnail, and written again as baseline JPEG. Writing the pixels again is what strips the metadata:
 * nothing of the upload's EXIF (GPS position, camera, time), XMP or comments is copied.
 */
public final class PhotoImages {

    public static final int MAX_EDGE = 1600;
    public static final int THUMB_EDGE = 320;
    /** A decompression bomb guard: a 40-megapixel photo is larger than any phone's. */
    static final long MAX_PIXELS = 40_000_000L;
    private static final Set<String> FORMATS = Set.of("jpeg", "png");
    private static final float QUALITY = 0.85f;

    private PhotoImages() {
    }

    /** The stored photo and its thumbnail, both JPEG. */
    public record Processed(byte[] photo, int width, int height, byte[] thumbnail) {
    }

    public static Processed process(byte[] upload) {
        BufferedImage decoded = decode(upload);
        BufferedImage upright = ExifOrientation.apply(decoded, ExifOrientation.read(upload));
        BufferedImage photo = scale(upright, MAX_EDGE);
        BufferedImage thumbnail = scale(photo, THUMB_EDGE);
        return new Processed(jpeg(photo), photo.getWidth(), photo.getHeight(), jpeg(thumbnail));
    }

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw notAnImage();
            }
            ImageReader reader = readers.next();
            try {
                if (!FORMATS.contains(reader.getFormatName().toLowerCase(java.util.Locale.ROOT))) {
                    throw notAnImage();
                }
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw ProblemException.badRequest("file", "图片像素过多（最多 4000 万）/ the image has more than 40 megapixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw notAnImage();
        }
    }

    private static ProblemException notAnImage() {
        return ProblemException.badRequest("file", "须为 JPEG 或 PNG 图片 / must be a JPEG or PNG image");
    }

    /** Scales down (never up) so that the long edge is at most {@code edge}, onto an opaque RGB canvas. */
    static BufferedImage scale(BufferedImage source, int edge) {
        int w = source.getWidth();
        int h = source.getHeight();
        double factor = Math.min(1.0, (double) edge / Math.max(w, h));
        BufferedImage current = source;
        int cw = w;
        int ch = h;
        int tw = Math.max(1, (int) Math.round(w * factor));
        int th = Math.max(1, (int) Math.round(h * factor));
        // halve step by step first: one bilinear step from far above the target would alias
        do {
            cw = Math.max(tw, cw / 2 >= tw ? cw / 2 : tw);
            ch = Math.max(th, ch / 2 >= th ? ch / 2 : th);
            BufferedImage next = new BufferedImage(cw, ch, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            try {
                g.setColor(Color.WHITE); // a transparent PNG goes on white: JPEG has no alpha
                g.fillRect(0, 0, cw, ch);
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, cw, ch, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (cw != tw || ch != th);
        return current;
    }

    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            // no metadata object: the writer makes a bare JFIF header, nothing from the upload
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Rotation/flip for EXIF orientations 2–8 (1 or unknown: as is). */
    static AffineTransform orientationTransform(int orientation, int w, int h) {
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        return t;
    }
}
