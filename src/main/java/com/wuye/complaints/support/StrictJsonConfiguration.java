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
                  for (LogicalType type :
                      new LogicalType[] {
                        LogicalType.Integer,
                        LogicalType.Float,
                        LogicalType.Boolean,
                        LogicalType.Textual,
                        LogicalType.Enum,
                        LogicalType.POJO,
                        LogicalType.Collection
                      }) {
                    mapper
                        .coercionConfigFor(type)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
                  }
                  // each type still takes its own shape
                  mapper
                      .coercionConfigFor(LogicalType.Integer)
                      .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
                  mapper
                      .coercionConfigFor(LogicalType.Float)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert)
                      .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
                  mapper
                      .coercionConfigFor(LogicalType.Boolean)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert);
                  mapper
                      .coercionConfigFor(LogicalType.Textual)
                      .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert)
                      .setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert);
                  mapper
                      .coercionConfigFor(LogicalType.Enum)
                      .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
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
