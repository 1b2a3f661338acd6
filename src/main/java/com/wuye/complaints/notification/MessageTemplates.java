package com.wuye.complaints.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * The texts of notifications, from {@code notification/messages.properties} (UTF-8): one place to
 * read and change what complainants and staff are sent. {@code {name}} is replaced by its value.
 */
@Component
public class MessageTemplates {

  private static final String RESOURCE = "/notification/messages.properties";

  private final Properties texts = new Properties();

  public MessageTemplates() {
    try (InputStream in = MessageTemplates.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String render(String key, Map<String, ?> values) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException("no message template " + key + " in " + RESOURCE);
    }
    for (Map.Entry<String, ?> value : values.entrySet()) {
      text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
    }
    return text;
  }
}
