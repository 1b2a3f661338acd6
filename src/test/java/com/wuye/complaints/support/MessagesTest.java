package com.wuye.complaints.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The catalogue of what the platform says to clients, and the language rule that picks from it. */
class MessagesTest {

  /** A catalogue key in the code: quoted, lower case, dotted, of a family the catalogue holds. */
  private static final Pattern KEY_LITERAL =
      Pattern.compile("\"((?:problem|invalid|[a-z]+)\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*)\"");

  @Test
  @DisplayName("both catalogues hold the same keys, every message in each")
  void bothLanguagesHoldTheSameKeys() throws IOException {
    Properties zh = load("messages_zh_CN.properties");
    Properties en = load("messages_en.properties");

    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(zh.stringPropertyNames())
        .allSatisfy(key -> assertThat(zh.getProperty(key)).isNotBlank());
    assertThat(en.stringPropertyNames())
        .allSatisfy(key -> assertThat(en.getProperty(key)).isNotBlank());
  }

  @Test
  @DisplayName("every message formats: arguments fill it, no quoting swallows a placeholder")
  void everyMessageFormats() throws IOException {
    Object[] args = {"A0", "B1", "C2", "D3"};
    for (String key : load("messages_en.properties").stringPropertyNames()) {
      Text text = Messages.text(key, args);
      assertThat(text.zh()).as(key).doesNotContain("{0").doesNotContain("{1");
      assertThat(text.en()).as(key).doesNotContain("{0").doesNotContain("{1");
    }
  }

  @Test
  @DisplayName(
      "every catalogue key the code names is in the catalogue (a missing one would be a 500)")
  void everyKeyTheCodeNamesExists() throws IOException {
    Properties catalogue = load("messages_en.properties");
    Set<String> families = new TreeSet<>();
    catalogue
        .stringPropertyNames()
        .forEach(key -> families.add(key.substring(0, key.indexOf('.'))));
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher literal = KEY_LITERAL.matcher(Files.readString(source));
        while (literal.find()) {
          String key = literal.group(1);
          if (families.contains(key.substring(0, key.indexOf('.')))
              && !catalogue.containsKey(key)
              && !isNotAKey(key)) {
            missing.add(source.getFileName() + ": " + key);
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  @DisplayName(
      "every Bean Validation message and every refusal the code throws names a catalogue key, never"
          + " words")
  void validationMessagesAreKeys() throws IOException {
    Properties catalogue = load("messages_en.properties");
    Pattern message =
        Pattern.compile(
            "(?:message\\s*=|ApiProblemException\\.(?:notFound|conflict|forbidden)\\(|"
                + "ApiProblemException\\.of\\(\\s*\\d+,|FieldError\\.of\\([^,()]+,)\\s*\"([^\"]*)\"");
    Set<String> notKeys = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher literal = message.matcher(Files.readString(source));
        while (literal.find()) {
          if (!catalogue.containsKey(literal.group(1))) {
            notKeys.add(source.getFileName() + ": " + literal.group(1));
          }
        }
      }
    }
    assertThat(notKeys).isEmpty();
  }

  /** Dotted literals of those families that are not messages (prefixes the code completes). */
  private static boolean isNotAKey(String literal) {
    return literal.equals("problem.title") || literal.equals("problem.status");
  }

  @Test
  @DisplayName("Accept-Language: zh → Chinese, en → English, none or * or neither → both")
  void acceptLanguagePicksTheLanguage() {
    assertThat(Language.of("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Language.ZH);
    assertThat(Language.of("zh")).isEqualTo(Language.ZH);
    assertThat(Language.of("zh-Hans-CN")).isEqualTo(Language.ZH);
    assertThat(Language.of("en-US,en;q=0.9")).isEqualTo(Language.EN);
    assertThat(Language.of("en-GB;q=0.8,zh;q=0.5")).isEqualTo(Language.EN);
    assertThat(Language.of("fr-FR,en;q=0.5")).isEqualTo(Language.EN);
    assertThat(Language.of("fr-FR, de;q=0.5")).isEqualTo(Language.BOTH);
    assertThat(Language.of("en;q=0, zh;q=0.1")).isEqualTo(Language.ZH);
    assertThat(Language.of("*")).isEqualTo(Language.BOTH);
    assertThat(Language.of("")).isEqualTo(Language.BOTH);
    assertThat(Language.of((String) null)).isEqualTo(Language.BOTH);
    assertThat(Language.of("not a language;;q=x")).isEqualTo(Language.BOTH);
  }

  @Test
  @DisplayName("a message reads in one language, or both with the Chinese first")
  void textReadsInTheLanguageAskedFor() {
    Text busy = Messages.text("problem.busy", 2);

    assertThat(busy.detail(Language.ZH)).isEqualTo("系统繁忙，未保存任何内容，请2秒后重试");
    assertThat(busy.detail(Language.EN))
        .isEqualTo("the platform is busy and saved nothing; send the same request again in 2 s");
    assertThat(busy.detail(Language.BOTH)).isEqualTo(busy.zh() + " / " + busy.en());
    assertThat(Messages.text("problem.title.404").title(Language.BOTH)).isEqualTo("找不到 Not found");
    assertThat(Messages.text("problem.body-too-large", 65536).en()).contains("65536");
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
