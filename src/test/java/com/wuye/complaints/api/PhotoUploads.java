package com.wuye.complaints.api;

import com.wuye.complaints.support.TestImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Multipart photo uploads over HTTP, as a phone app or Tasklist sends them, and small real images.
 */
final class PhotoUploads {

  private PhotoUploads() {}

  /** POST {@code path} as {@code user} with the multipart field file (and stage unless null). */
  static ApiClient.Reply upload(
      ApiClient api,
      String user,
      String path,
      byte[] file,
      String filename,
      String contentType,
      String stage) {
    String boundary = "----photo" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (stage != null) {
      write(
          body,
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"stage\"\r\n\r\n"
              + stage
              + "\r\n");
    }
    if (file != null) {
      write(
          body,
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
              + filename
              + "\"\r\nContent-Type: "
              + contentType
              + "\r\n\r\n");
      body.writeBytes(file);
      write(body, "\r\n");
    }
    write(body, "--" + boundary + "--\r\n");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(api.base + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    return api.send(request);
  }

  static ApiClient.Reply png(ApiClient api, String user, String path, String stage) {
    return upload(api, user, path, png(), "漏水.png", "image/png", stage);
  }

  /** A DELETE as {@code user}. */
  static ApiClient.Reply delete(ApiClient api, String user, String path) {
    return api.send(user, "DELETE", path, null);
  }

  /** The bytes of a GET as {@code user}, with the answer's headers. */
  static java.net.http.HttpResponse<byte[]> fetch(ApiClient api, String user, String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(api.base + path))
            .GET()
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A 6×4 PNG, as ImageIO writes it (no text chunks). */
  static byte[] png() {
    return image("png");
  }

  static byte[] jpeg() {
    return image("jpg");
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(6, 4, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 6; x++) {
      for (int y = 0; y < 4; y++) {
        image.setRGB(x, y, (x * 40) << 16 | (y * 60) << 8 | 0x30);
      }
    }
    return TestImages.encode(image, format);
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
