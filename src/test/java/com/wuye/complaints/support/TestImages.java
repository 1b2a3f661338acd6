package com.wuye.complaints.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small pictures for the photo tests, as ImageIO writes them (no metadata of their own). */
public final class TestImages {

  private TestImages() {}

  /** A black 6×4 picture in the format ("png", "jpg"). */
  public static byte[] blank(String format) {
    return encode(new BufferedImage(6, 4, BufferedImage.TYPE_INT_RGB), format);
  }

  /** The picture in the format ("png", "jpg"). */
  public static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
