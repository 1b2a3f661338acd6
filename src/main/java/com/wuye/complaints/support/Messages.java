package com.wuye.complaints.support;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The catalogue of what the platform says to clients: messages_zh_CN.properties and
 * messages_en.properties (UTF-8, MessageFormat: {@code {0}} is the first argument, a literal
 * apostrophe is written twice). A message is looked up by key in both languages at once; the answer
 * picks one (Language). The same catalogue is Spring's {@code messageSource}, and it is a plain
 * class too, so that a rule refusing input in a process test without Spring words it the same way.
 * Where a new message goes: docs/architecture.md.
 */
@Configuration
public class Messages {

  private static final ResourceBundleMessageSource CATALOGUE = catalogue();

  private static ResourceBundleMessageSource catalogue() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setAlwaysUseMessageFormat(true);
    return source;
  }

  /** The message {@code key} with {@code args} in Chinese and English. */
  public static Text text(String key, Object... args) {
    // numbers as they are written ("65536", not "65,536"): ids, sizes and limits
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] = args[i] instanceof Number number ? String.valueOf(number) : args[i];
    }
    args = plain;
    return new Text(
        CATALOGUE.getMessage(key, args, Locale.SIMPLIFIED_CHINESE),
        CATALOGUE.getMessage(key, args, Locale.ENGLISH));
  }

  /** Whether the catalogue has {@code key}. */
  public static boolean has(String key) {
    return CATALOGUE.getMessage(key, null, null, Locale.ENGLISH) != null;
  }

  @Bean
  MessageSource messageSource() {
    return CATALOGUE;
  }
}
