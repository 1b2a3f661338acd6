package com.wuye.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/rules.md must not promise what is not there: every element and test it names exists. */
class RulesDocumentationTest {

  private static final Path RULES = Path.of("docs/rules.md");
  private static final Set<String> STATUSES = Set.of("implemented", "partly", "planned");

  record Row(String rule, String status, List<String> elements, List<String> tests) {}

  @Test
  @DisplayName(
      "every model element named for an implemented rule exists in bpmn/ or forms/, every table in both migrations")
  void namesOnlyExistingModelElements() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Row row : rows()) {
      for (String element : row.elements()) {
        String[] ref = element.split("#");
        if (ref[0].endsWith(".sql")) {
          // a table of the register (issue 16): created by the migration, for H2 and for MySQL
          // alike
          for (String db : List.of("h2", "mysql")) {
            Path migration = Path.of("src/main/resources/db/migration", db, ref[0]);
            if (!Files.exists(migration)
                || !Files.readString(migration).contains("create table " + ref[1] + " (")) {
              missing.add(row.rule() + ": " + element + " (" + db + ")");
            }
          }
          continue;
        }
        Path file =
            Files.exists(Path.of("bpmn", ref[0]))
                ? Path.of("bpmn", ref[0])
                : Path.of("forms", ref[0]);
        if (!Files.exists(file)
            || !(Files.readString(file).contains("id=\"" + ref[1] + "\"")
                || Files.readString(file).contains("\"id\": \"" + ref[1] + "\""))) {
          missing.add(row.rule() + ": " + element);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  @DisplayName("every test named for an implemented rule exists and is a test")
  void namesOnlyExistingTests() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Row row : rows()) {
      for (String test : row.tests()) {
        String[] ref = test.split("#");
        if (!isTest("com.wuye.complaints." + ref[0], ref[1])) {
          missing.add(row.rule() + ": " + test);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  @DisplayName(
      "each rule appears once, with a known status, and an implemented rule names elements and tests")
  void listsEachRuleOnceWithEvidence() throws IOException {
    Set<String> seen = new HashSet<>();
    for (Row row : rows()) {
      assertThat(seen.add(row.rule())).as("listed twice: " + row.rule()).isTrue();
      assertThat(STATUSES).as(row.rule()).contains(row.status());
      if (!row.status().equals("planned")) {
        assertThat(row.elements()).as(row.rule() + " model elements").isNotEmpty();
        assertThat(row.tests()).as(row.rule() + " tests").isNotEmpty();
      }
    }
    assertThat(seen)
        .contains("R-LOOP", "R-SEV-UP", "R-ESC-4", "R-VISIT-5", "R-CUST-5", "R-REP-6", "R-KPI-2");
  }

  private static boolean isTest(String className, String method) {
    try {
      Class<?> type = Class.forName(className);
      for (Class<?> c = type; c != null; c = c.getSuperclass()) {
        for (Method m : c.getDeclaredMethods()) {
          if (m.getName().equals(method)
              && Arrays.stream(m.getAnnotations())
                  .anyMatch(
                      a -> a.annotationType().getSimpleName().matches("Test|ParameterizedTest"))) {
            return true;
          }
        }
      }
      return false;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(RULES)) {
      if (!line.startsWith("| R-")) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      rows.add(new Row(cells[1].strip(), cells[2].strip(), list(cells[3]), list(cells[4])));
    }
    assertThat(rows).as("rule rows in " + RULES).isNotEmpty();
    return rows;
  }

  private static List<String> list(String cell) {
    return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
