package com.wuye.complaints.support;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A request body read whole (up to a limit) so it can be checked, and handed on as it was or
 * rewritten.
 */
public final class BufferedRequest {

  private BufferedRequest() {}

  /** The body, or null when it is longer than {@code max} bytes, declared or streamed. */
  public static byte[] read(HttpServletRequest request, int max) throws IOException {
    if (request.getContentLengthLong() > max) {
      return null;
    }
    InputStream in = request.getInputStream();
    byte[] body = in.readNBytes(max + 1);
    return body.length > max ? null : body;
  }

  public static HttpServletRequest withBody(HttpServletRequest request, byte[] body) {
    return new HttpServletRequestWrapper(request) {
      @Override
      public ServletInputStream getInputStream() {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        return new ServletInputStream() {
          @Override
          public int read() {
            return bytes.read();
          }

          @Override
          public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, length);
          }

          @Override
          public boolean isFinished() {
            return bytes.available() == 0;
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setReadListener(ReadListener listener) {
            throw new IllegalStateException("blocking reads only");
          }
        };
      }

      @Override
      public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
      }

      @Override
      public int getContentLength() {
        return body.length;
      }

      @Override
      public long getContentLengthLong() {
        return body.length;
      }

      @Override
      public String getHeader(String name) {
        return name.equalsIgnoreCase("Content-Length")
            ? Integer.toString(body.length)
            : super.getHeader(name);
      }
    };
  }
}
