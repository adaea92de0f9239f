package io.yizhan.common.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Reads the QR code in a PNG as a phone's scanner does: the whole picture first, then smaller copies.
 * ZXing's detector mis-samples about one A4 wall poster in 150 at full size (a checksum error; the
 * same picture reads at 900 px wide, the size of a phone's camera frame), so tests that read at one
 * resolution only would fail now and then with nothing wrong in the code.
 */
public final class QrScanner {

    private static final double[] SCALES = {1.0, 0.75, 0.6, 0.5};

    private QrScanner() {
    }

    /** The text of the QR code in {@code png}; throws ZXing's exception of the last try if no size reads. */
    public static String read(byte[] png) throws IOException, ReaderException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        ReaderException last = null;
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
        if (scale == 1.0) {
            return image;
        }
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
