package com.wuye.complaints.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Camunda webapps are in 简体中文 by default: the project's own locales/zh.json of every app
 * translates every key of the webjar's 7.24 en.json (read from the test classpath), keeps the
 * placeholders, leaves nothing in English but a short list of technical terms, carries a zh-CN
 * moment locale, and the app's config.js offers zh as the default and the fallback.
 */
class WebappTranslationsTest {

  private static final Path APPS =
      Path.of("src/main/resources/META-INF/resources/webjars/camunda/app");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|%[sd]|\\{}");
  private static final Pattern LETTERS = Pattern.compile("[A-Za-z]");
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  /** English kept on purpose: technical terms and format patterns a Chinese screen shows as is. */
  private static final Set<String> ALLOWED_ENGLISH =
      Set.of("ID", "ID*", "BPMN", "DMN", "CSV", "JSON", "Optimize", "YYYY-MM-DDTHH:mm:ss");

  /**
   * The English plural ending ("instance" + "s"), appended by the webapps, has no Chinese
   * counterpart.
   */
  private static final String PLURAL_ENDING = "s";

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishKeyIsTranslated(String app) throws IOException {
    JsonNode en = english(app).get("labels");
    JsonNode zh = chinese(app).get("labels");
    List<String> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = en.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey();
      String english = entry.getValue().asText();
      JsonNode value = zh.get(key);
      if (value == null || !value.isTextual()) {
        problems.add(key + ": missing");
        continue;
      }
      String chinese = value.asText();
      boolean plural = english.equals(PLURAL_ENDING);
      if (chinese.isBlank() && !english.isBlank() && !plural) {
        problems.add(key + ": empty");
      }
      if (!placeholders(english).equals(placeholders(chinese))) {
        problems.add(
            key + ": placeholders " + placeholders(english) + " became " + placeholders(chinese));
      }
      if (plural && !chinese.isEmpty()) {
        problems.add(key + ": the plural ending stays empty in Chinese, not \"" + chinese + "\"");
      }
      boolean hasLetters = LETTERS.matcher(english).find();
      if (hasLetters
          && !plural
          && !ALLOWED_ENGLISH.contains(chinese.trim())
          && !CHINESE.matcher(chinese).find()) {
        problems.add(key + ": left in English \"" + chinese + "\"");
      }
    }
    assertThat(problems).as(app + "/locales/zh.json").isEmpty();
    assertThat(zh.size()).as("no keys beyond en.json").isEqualTo(en.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void datesAreChinese(String app) throws IOException {
    JsonNode dates = chinese(app).get("dateLocales");
    assertThat(dates).as(app + " dateLocales").isNotNull();
    assertThat(dates.get("months").get(0).asText()).isEqualTo("一月");
    assertThat(dates.get("weekdays").get(0).asText()).isEqualTo("星期日");
    assertThat(dates.get("longDateFormat").get("L").asText()).isEqualTo("YYYY-MM-DD");
    assertThat(dates.get("longDateFormat").get("LL").asText()).isEqualTo("YYYY年M月D日");
    assertThat(dates.get("relativeTime").get("past").asText()).isEqualTo("%s前");
    assertThat(dates.get("relativeTime").get("future").asText()).isEqualTo("%s后");
    for (String part : List.of("calendar", "weekdaysShort", "weekdaysMin", "monthsShort")) {
      assertThat(dates.get(part)).as(app + " dateLocales." + part).isNotNull();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseIsTheDefaultAndTheFallback(String app) throws IOException {
    String config = Files.readString(APPS.resolve(app).resolve("scripts/config.js"));
    assertThat(config.replaceAll("\\s+", " "))
        .contains("locales: {availableLocales: ['zh', 'en'], fallbackLocale: 'zh'}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theMigrationBannerIsHidden(String app) throws IOException {
    String css = Files.readString(APPS.resolve(app).resolve("styles/user-styles.css"));
    assertThat(css.replaceAll("\\s+", " "))
        .contains(".ce-eol-banner { display: none !important; }");
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    found.sort(null);
    return found;
  }

  private static JsonNode english(String app) throws IOException {
    String resource = "META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json";
    try (InputStream in =
        WebappTranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource + " on the test classpath (the webjar)").isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  private static JsonNode chinese(String app) throws IOException {
    return JSON.readTree(Files.readString(APPS.resolve(app).resolve("locales/zh.json")));
  }
}
