package com.wuye.complaints.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API takes JSON as written and guesses nothing: an unknown field, {@code 1.5} for a whole
 * number, {@code 1} or {@code "true"} for a yes/no, a number for a text, a repeated key or trailing
 * garbage is refused. (The engine REST API has its own mapper and is not affected.)
 */
@Configuration
class StrictJsonConfiguration {

  /** The JSON scalars a value may come as. */
  private static final List<CoercionInputShape> SCALARS =
      List.of(
          CoercionInputShape.Integer,
          CoercionInputShape.Float,
          CoercionInputShape.Boolean,
          CoercionInputShape.String,
          CoercionInputShape.EmptyString);

  /**
   * Each type takes its own shape and no other (a decimal also a whole number); an object or a list
   * takes no scalar at all.
   */
  private static final Map<LogicalType, Set<CoercionInputShape>> OWN_SHAPES =
      Map.of(
          LogicalType.Integer, Set.of(CoercionInputShape.Integer),
          LogicalType.Float, Set.of(CoercionInputShape.Float, CoercionInputShape.Integer),
          LogicalType.Boolean, Set.of(CoercionInputShape.Boolean),
          LogicalType.Textual, Set.of(CoercionInputShape.String, CoercionInputShape.EmptyString),
          LogicalType.Enum, Set.of(CoercionInputShape.String),
          LogicalType.POJO, Set.of(),
          LogicalType.Collection, Set.of());

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictJson() {
    return builder ->
        builder
            .featuresToEnable(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .featuresToDisable(
                DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .postConfigurer(
                mapper -> {
                  for (Map.Entry<LogicalType, Set<CoercionInputShape>> type :
                      OWN_SHAPES.entrySet()) {
                    for (CoercionInputShape shape : SCALARS) {
                      mapper
                          .coercionConfigFor(type.getKey())
                          .setCoercion(
                              shape,
                              type.getValue().contains(shape)
                                  ? CoercionAction.TryConvert
                                  : CoercionAction.Fail);
                    }
                  }
                })
            .modulesToInstall(
                new SimpleModule("plain-text")
                    .addDeserializer(String.class, new PlainTextDeserializer()));
  }

  /**
   * Every text of the API is plain text ({@link PlainText}): a NUL or an escape in a name is
   * refused.
   */
  static final class PlainTextDeserializer extends StdScalarDeserializer<String> {

    PlainTextDeserializer() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = StringDeserializer.instance.deserialize(parser, context);
      if (!PlainText.isPlain(text)) {
        return (String)
            context.handleWeirdStringValue(String.class, text, "控制字符 control characters");
      }
      return text;
    }
  }
}
