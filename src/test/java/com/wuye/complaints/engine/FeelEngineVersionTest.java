package com.wuye.complaints.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Properties;
import org.camunda.feel.FeelEngine;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the FEEL engine that evaluates every decision table builds its table of built-in
 * functions once, when the engine is made. Camunda 7.24 brings feel-engine 1.19.3, which builds it
 * again for every expression it evaluates (15.8 % of the JVM's CPU in the lifecycle benchmark); the
 * pom pins 1.19.5, where the built-ins are a field of the engine again (upstream
 * camunda/feel-scala#1108). This fails if the pin goes and the older engine comes back.
 */
class FeelEngineVersionTest {

  @Test
  void theFeelEngineKeepsItsBuiltInFunctionsInsteadOfBuildingThemPerEvaluation() throws Exception {
    Properties pom = new Properties();
    try (InputStream in =
        FeelEngine.class.getResourceAsStream(
            "/META-INF/maven/org.camunda.feel/feel-engine/pom.properties")) {
      assertThat(in).as("feel-engine's pom.properties on the class path").isNotNull();
      pom.load(in);
    }

    assertThat(
            Arrays.stream(FeelEngine.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .map(Field::getName))
        .as(
            "feel-engine %s keeps its root context (the built-in functions) in a field",
            pom.getProperty("version"))
        .contains("rootContext");
  }
}
