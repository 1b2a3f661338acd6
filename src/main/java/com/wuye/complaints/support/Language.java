package com.wuye.complaints.support;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/**
 * The language a problem answer is written in, from the request's {@code Accept-Language}: the
 * first range the client prefers that is Chinese ({@code zh…}) or English ({@code en…}) wins; no
 * header, {@code *}, or only languages the platform does not speak — Chinese first with the English
 * beside it (title "中文 English", detail "中文 / English"), so a client that says nothing still reads
 * a clear error in both. See docs/api.md ("Errors").
 */
public enum Language {
  ZH,
  EN,
  BOTH;

  public static Language of(HttpServletRequest request) {
    return request == null ? BOTH : of(request.getHeader("Accept-Language"));
  }

  public static Language of(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return BOTH;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException malformed) {
      return BOTH;
    }
    for (Locale.LanguageRange range : ranges) {
      if (range.getWeight() <= 0) {
        continue;
      }
      String tag = range.getRange().toLowerCase(Locale.ROOT);
      if (tag.equals("*")) {
        return BOTH;
      }
      if (tag.equals("zh") || tag.startsWith("zh-")) {
        return ZH;
      }
      if (tag.equals("en") || tag.startsWith("en-")) {
        return EN;
      }
    }
    return BOTH;
  }
}
