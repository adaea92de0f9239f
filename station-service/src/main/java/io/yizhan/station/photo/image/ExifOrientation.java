package io.yizhan.station.photo.image;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The one EXIF field kept in effect: orientation (tag 0x0112 in IFD0). Phones store portrait photos
 * sideways and say so here; since the stored photo carries no EXIF, its pixels are turned upright instead.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** Orientation 1–8 from a JPEG's APP1 Exif segment; 1 when there is none or it cannot be read. */
    static int read(byte[] jpeg) {
        try {
            if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
                return 1;
            }
            int pos = 2;
            while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
                int marker = jpeg[pos + 1] & 0xFF;
                int length = ((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF);
                if (marker == 0xDA || marker == 0xD9) {
                    return 1; // image data begins: no Exif before it
                }
                if (marker == 0xE1 && length >= 16 && new String(jpeg, pos + 4, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("Exif")) {
                    return fromTiff(ByteBuffer.wrap(jpeg, pos + 10, length - 8).slice());
                }
                pos += 2 + length;
            }
        } catch (RuntimeException unreadable) {
            return 1;
        }
        return 1;
    }

    private static int fromTiff(ByteBuffer tiff) {
        tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = tiff.getInt(4);
        int entries = tiff.getShort(ifd) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if ((tiff.getShort(entry) & 0xFFFF) == 0x0112) {
                int value = tiff.getShort(entry + 8) & 0xFFFF;
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** The image turned as the orientation says (5–8 swap width and height). */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, PhotoImages.orientationTransform(orientation, w, h), null);
        } finally {
            g.dispose();
        }
        return turned;
    }
}
