package com.wuye.complaints.photo;

import static com.wuye.complaints.support.TestImages.blank;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PhotoImagesTest {

  @Test
  @DisplayName(
      "the type is the bytes' own: JPEG, PNG and WebP signatures are recognised, HTML, a GIF and an empty file are not")
  void sniffsByMagicBytes() {
    assertThat(PhotoImages.sniff(blank("jpg"))).contains(PhotoImages.Type.JPEG);
    assertThat(PhotoImages.sniff(blank("png"))).contains(PhotoImages.Type.PNG);
    assertThat(PhotoImages.sniff(webp(false))).contains(PhotoImages.Type.WEBP);
    assertThat(
            PhotoImages.sniff("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(PhotoImages.sniff("GIF89a......".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(PhotoImages.sniff(new byte[0])).isEmpty();
  }

  @Test
  @DisplayName(
      "a JPEG keeps its orientation but loses its GPS position and its XMP block, and still decodes")
  void jpegLosesItsPosition() throws Exception {
    byte[] plain = blank("jpg");
    byte[] tiff = tiffWithOrientationAndGps();
    byte[] xmp =
        ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>39,7.2N</exif:GPSLatitude></x:xmpmeta>")
            .getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream withExif = new ByteArrayOutputStream();
    withExif.write(plain, 0, 2);
    segment(withExif, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff));
    segment(withExif, 0xE1, xmp);
    withExif.write(plain, 2, plain.length - 2);
    byte[] photo = withExif.toByteArray();
    assertThat(indexOf(photo, latitudeSeconds())).isPositive();

    byte[] cleaned = PhotoImages.clean(photo).orElseThrow().bytes();

    assertThat(indexOf(cleaned, latitudeSeconds())).as("the latitude's seconds").isNegative();
    assertThat(indexOf(cleaned, "GPSLatitude".getBytes(StandardCharsets.US_ASCII)))
        .as("the XMP block")
        .isNegative();
    assertThat(
            indexOf(
                cleaned, new byte[] {0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06}))
        .as("the orientation entry")
        .isPositive();
    assertThat(ImageIO.read(new ByteArrayInputStream(cleaned)).getWidth()).isEqualTo(6);
  }

  @Test
  @DisplayName(
      "a PNG loses its text and eXIf chunks, a WebP its EXIF chunk and flag; a structure running past its end is no image")
  void pngAndWebpLoseTheirMetadata() throws Exception {
    byte[] plain = blank("png");
    ByteArrayOutputStream withText = new ByteArrayOutputStream();
    withText.write(plain, 0, 33); // signature + IHDR
    chunk(
        withText, "tEXt", "Location\0Building 3, room 1502".getBytes(StandardCharsets.ISO_8859_1));
    chunk(withText, "eXIf", tiffWithOrientationAndGps());
    withText.write(plain, 33, plain.length - 33);

    byte[] png = PhotoImages.clean(withText.toByteArray()).orElseThrow().bytes();
    assertThat(png).isEqualTo(plain);
    assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(6);

    byte[] webp = PhotoImages.clean(webp(true)).orElseThrow().bytes();
    assertThat(indexOf(webp, "EXIF".getBytes(StandardCharsets.US_ASCII))).isNegative();
    assertThat(webp[20] & 0x08).as("the EXIF flag of VP8X").isZero();
    assertThat(ByteBuffer.wrap(webp, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt())
        .isEqualTo(webp.length - 8);

    assertThat(PhotoImages.clean(java.util.Arrays.copyOf(plain, 40))).isEmpty();
    byte[] jpeg = blank("jpg");
    assertThat(PhotoImages.clean(java.util.Arrays.copyOf(jpeg, 30))).isEmpty();
  }

  private static byte[] tiffWithOrientationAndGps() {
    ByteBuffer tiff = ByteBuffer.allocate(92).order(ByteOrder.BIG_ENDIAN);
    tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
    tiff.putShort((short) 2); // IFD0 at 8
    tiff.putShort((short) 0x0112)
        .putShort((short) 3)
        .putInt(1)
        .putShort((short) 6)
        .putShort((short) 0); // orientation 6
    tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38); // GPS directory at 38
    tiff.putInt(0);
    tiff.putShort((short) 2); // GPS IFD at 38
    tiff.putShort((short) 1)
        .putShort((short) 2)
        .putInt(2)
        .put((byte) 'N')
        .put((byte) 0)
        .putShort((short) 0);
    tiff.putShort((short) 2)
        .putShort((short) 5)
        .putInt(3)
        .putInt(68); // latitude: three rationals at 68
    tiff.putInt(0);
    tiff.putInt(39).putInt(1).putInt(7).putInt(1);
    tiff.put(latitudeSeconds());
    return tiff.array();
  }

  private static byte[] latitudeSeconds() {
    return ByteBuffer.allocate(8).putInt(1234).putInt(100).array();
  }

  private static byte[] webp(boolean withExif) {
    ByteArrayOutputStream chunks = new ByteArrayOutputStream();
    byte[] vp8x = new byte[10];
    vp8x[0] = (byte) (withExif ? 0x08 : 0);
    riffChunk(chunks, "VP8X", vp8x);
    riffChunk(chunks, "VP8L", new byte[] {0x2F, 0, 0, 0, 0});
    if (withExif) {
      riffChunk(chunks, "EXIF", tiffWithOrientationAndGps());
    }
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
    file.writeBytes(
        ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(chunks.size() + 4).array());
    file.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
    file.writeBytes(chunks.toByteArray());
    return file.toByteArray();
  }

  private static void riffChunk(ByteArrayOutputStream out, String type, byte[] data) {
    out.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(
        ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(data.length).array());
    out.writeBytes(data);
    if (data.length % 2 == 1) {
      out.write(0);
    }
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(typeBytes);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
    out.write(0xFF);
    out.write(marker);
    out.writeBytes(ByteBuffer.allocate(2).putShort((short) (payload.length + 2)).array());
    out.writeBytes(payload);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static int indexOf(byte[] data, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= data.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (data[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
