package com.wuye.complaints.photo;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What an uploaded file really is, by its first bytes (never by the name or the Content-Type the
 * client sent), and the same image without where it was taken: a phone photo's EXIF block carries
 * the GPS position of the flat it was taken in.
 *
 * <ul>
 *   <li>JPEG: the EXIF GPS directory is emptied in place (its entries and values zeroed, its count
 *       set to 0), so the orientation and the time taken stay; XMP blocks (APP1, which can repeat
 *       the position) are removed.
 *   <li>PNG: the {@code eXIf}, {@code tEXt}, {@code zTXt} and {@code iTXt} chunks are removed.
 *   <li>WebP: the {@code EXIF} and {@code XMP } chunks are removed and their flags cleared.
 * </ul>
 *
 * A file whose structure does not hold together (a segment running past the end) is refused: it is
 * not the image it claims to be.
 */
final class PhotoImages {

  enum Type {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp");

    final String mediaType;
    final String extension;

    Type(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    static Optional<Type> ofMediaType(String mediaType) {
      return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }
  }

  /**
   * The image with its position removed, or empty when it is not a well-formed JPEG, PNG or WebP.
   */
  record Cleaned(Type type, byte[] bytes) {}

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] EXIF_HEADER = {'E', 'x', 'i', 'f', 0, 0};
  private static final byte[] XMP_HEADER =
      "http://ns.adobe.com/xap/1.0/".getBytes(StandardCharsets.US_ASCII);
  private static final int GPS_IFD_TAG = 0x8825;

  private PhotoImages() {}

  static Optional<Type> sniff(byte[] data) {
    if (data.length >= 4
        && (data[0] & 0xFF) == 0xFF
        && (data[1] & 0xFF) == 0xD8
        && (data[2] & 0xFF) == 0xFF) {
      return Optional.of(Type.JPEG);
    }
    if (data.length >= 8 && Arrays.equals(data, 0, 8, PNG_SIGNATURE, 0, 8)) {
      return Optional.of(Type.PNG);
    }
    if (data.length >= 16 && ascii(data, 0, "RIFF") && ascii(data, 8, "WEBP")) {
      return Optional.of(Type.WEBP);
    }
    return Optional.empty();
  }

  static Optional<Cleaned> clean(byte[] data) {
    Optional<Type> type = sniff(data);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    byte[] cleaned =
        switch (type.get()) {
          case JPEG -> jpeg(data);
          case PNG -> png(data);
          case WEBP -> webp(data);
        };
    return cleaned == null ? Optional.empty() : Optional.of(new Cleaned(type.get(), cleaned));
  }

  // --- JPEG: segments FF xx [length] up to the start of scan; the rest is image data, copied as is
  private static byte[] jpeg(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 2);
    int at = 2;
    while (true) {
      if (at + 4 > in.length || (in[at] & 0xFF) != 0xFF) {
        return null;
      }
      int marker = in[at + 1] & 0xFF;
      if (marker == 0xD9) { // end of image without a scan
        out.write(in, at, 2);
        return out.toByteArray();
      }
      int length = ((in[at + 2] & 0xFF) << 8) | (in[at + 3] & 0xFF);
      if (length < 2 || at + 2 + length > in.length) {
        return null;
      }
      if (marker == 0xDA) { // start of scan: from here on compressed data
        out.write(in, at, in.length - at);
        return out.toByteArray();
      }
      int payload = at + 4;
      int payloadLength = length - 2;
      if (marker == 0xE1 && startsWith(in, payload, payloadLength, XMP_HEADER)) {
        at += 2 + length; // XMP can repeat the position: dropped whole
        continue;
      }
      byte[] segment = Arrays.copyOfRange(in, at, at + 2 + length);
      if (marker == 0xE1 && startsWith(in, payload, payloadLength, EXIF_HEADER)) {
        if (!emptyGpsDirectory(segment, 4 + EXIF_HEADER.length)) {
          return null;
        }
      }
      out.write(segment, 0, segment.length);
      at += 2 + length;
    }
  }

  /**
   * Zeroes the GPS directory of the TIFF structure starting at {@code tiff}; false if it is broken.
   */
  private static boolean emptyGpsDirectory(byte[] segment, int tiff) {
    if (tiff + 8 > segment.length) {
      return false;
    }
    ByteBuffer buffer = ByteBuffer.wrap(segment);
    if (segment[tiff] == 'I' && segment[tiff + 1] == 'I') {
      buffer.order(ByteOrder.LITTLE_ENDIAN);
    } else if (segment[tiff] == 'M' && segment[tiff + 1] == 'M') {
      buffer.order(ByteOrder.BIG_ENDIAN);
    } else {
      return false;
    }
    long ifd0 = Integer.toUnsignedLong(buffer.getInt(tiff + 4));
    int entries0 = entriesAt(buffer, tiff, ifd0);
    if (entries0 < 0) {
      return false;
    }
    for (int i = 0; i < entries0; i++) {
      int entry = (int) (tiff + ifd0 + 2 + 12L * i);
      if ((buffer.getShort(entry) & 0xFFFF) != GPS_IFD_TAG) {
        continue;
      }
      long gps = Integer.toUnsignedLong(buffer.getInt(entry + 8));
      int count = entriesAt(buffer, tiff, gps);
      if (count < 0) {
        return false;
      }
      int first = (int) (tiff + gps + 2);
      for (int e = 0; e < count; e++) {
        int gpsEntry = first + 12 * e;
        long bytes =
            (long) unitSize(buffer.getShort(gpsEntry + 2) & 0xFFFF)
                * Integer.toUnsignedLong(buffer.getInt(gpsEntry + 4));
        if (bytes > 4) { // the value lies elsewhere in the block: zero it too
          long offset = tiff + Integer.toUnsignedLong(buffer.getInt(gpsEntry + 8));
          if (offset + bytes > segment.length) {
            return false;
          }
          Arrays.fill(segment, (int) offset, (int) (offset + bytes), (byte) 0);
        }
      }
      // the count, the entries and the offset of a next directory: a GPS directory with nothing in
      // it
      Arrays.fill(segment, first - 2, Math.min(segment.length, first + 12 * count + 4), (byte) 0);
    }
    return true;
  }

  /** The number of entries of the directory at {@code offset}, or -1 when it does not fit. */
  private static int entriesAt(ByteBuffer buffer, int tiff, long offset) {
    long start = tiff + offset;
    if (offset < 8 || start + 2 > buffer.limit()) {
      return -1;
    }
    int count = buffer.getShort((int) start) & 0xFFFF;
    return start + 2 + 12L * count > buffer.limit() ? -1 : count;
  }

  private static int unitSize(int tiffType) {
    return switch (tiffType) {
      case 3, 8 -> 2;
      case 4, 9, 11 -> 4;
      case 5, 10, 12 -> 8;
      default -> 1;
    };
  }

  // --- PNG: length, type, data, CRC per chunk; text and EXIF chunks dropped
  private static byte[] png(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 8);
    int at = 8;
    while (at < in.length) {
      if (at + 12 > in.length) {
        return null;
      }
      long length = Integer.toUnsignedLong(ByteBuffer.wrap(in, at, 4).getInt());
      if (at + 12 + length > in.length) {
        return null;
      }
      String type = new String(in, at + 4, 4, StandardCharsets.US_ASCII);
      int total = (int) (12 + length);
      if (!(type.equals("eXIf")
          || type.equals("tEXt")
          || type.equals("zTXt")
          || type.equals("iTXt"))) {
        out.write(in, at, total);
      }
      at += total;
      if (type.equals("IEND")) {
        return out.toByteArray();
      }
    }
    return null;
  }

  // --- WebP: RIFF chunks (type, little-endian length, data, padded to even); EXIF and XMP dropped
  private static byte[] webp(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, 12);
    int at = 12;
    int vp8x = -1;
    while (at < in.length) {
      if (at + 8 > in.length) {
        return null;
      }
      String type = new String(in, at, 4, StandardCharsets.US_ASCII);
      long length =
          Integer.toUnsignedLong(
              ByteBuffer.wrap(in, at + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
      long total = 8 + length + (length & 1);
      if (at + 8 + length > in.length) {
        return null;
      }
      total = Math.min(total, in.length - at);
      if (!(type.equals("EXIF") || type.equals("XMP "))) {
        if (type.equals("VP8X")) {
          vp8x = out.size();
        }
        out.write(in, at, (int) total);
      }
      at += (int) total;
    }
    byte[] result = out.toByteArray();
    if (vp8x >= 0 && vp8x + 8 < result.length) {
      result[vp8x + 8] &= (byte) ~0x0C; // the EXIF (0x08) and XMP (0x04) flags
    }
    ByteBuffer.wrap(result, 4, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(result.length - 8);
    return result;
  }

  private static boolean startsWith(byte[] data, int offset, int length, byte[] prefix) {
    return length >= prefix.length
        && offset + prefix.length <= data.length
        && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
  }

  private static boolean ascii(byte[] data, int offset, String text) {
    byte[] expected = text.getBytes(StandardCharsets.US_ASCII);
    return Arrays.equals(data, offset, offset + expected.length, expected, 0, expected.length);
  }
}
