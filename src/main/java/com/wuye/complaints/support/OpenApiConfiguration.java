package com.wuye.complaints.support;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the platform's own API (served at /v3/api-docs, copy in
 * docs/openapi.json). The refusals every operation shares are added here, from what the operation
 * is, the same way the platform answers them: 401 without a login, 403 for a role that may not
 * (every operation is role-gated), 400 when a parameter or body can be invalid, 404 when a path
 * names something, 413 when a body is read (RequestSizeLimitFilter). A controller documents its own
 * success code and its 409s. StatusCodeContract (tests) provokes every listed code and fails on any
 * the API does not answer.
 */
@Configuration
@OpenAPIDefinition(
    info =
        @Info(
            title = "物业投诉处理平台 Complaint platform API",
            version = "1",
            description =
                "Intake from other channels (R-IN-1), complaint lookup and task work. Errors are RFC 9457 "
                    + "problem details with messages in Chinese and English. Sign in with HTTP Basic."))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiConfiguration {

  @Bean
  OpenApiCustomizer sharedRefusals() {
    return api -> {
      api.getComponents().addSchemas("ProblemDetail", problemSchema());
      api.getPaths()
          .values()
          .forEach(path -> path.readOperations().forEach(OpenApiConfiguration::refusals));
    };
  }

  private static void refusals(Operation operation) {
    ApiResponses responses = operation.getResponses();
    List<Parameter> parameters =
        operation.getParameters() == null ? List.of() : operation.getParameters();
    boolean body = operation.getRequestBody() != null;
    if (body || parameters.stream().anyMatch(OpenApiConfiguration::canBeInvalid)) {
      responses.putIfAbsent(
          "400", problem("输入有误 Invalid input: 每个错误字段一条中英文说明 / one entry per bad field"));
    }
    responses.putIfAbsent("401", problem("未登录 Not signed in (HTTP Basic)"));
    responses.putIfAbsent("403", problem("您的角色不能执行此操作 Forbidden: your role may not do this"));
    if (parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
      responses.putIfAbsent("404", problem("不存在，或不在您的范围内 Not found, or not within your reach"));
    }
    if (body) {
      responses.putIfAbsent(
          "413",
          problem(
              "请求体过大 Content too large (" + RequestSizeLimitFilter.MAX_BODY_BYTES / 1024 + " KB)"));
    }
  }

  /**
   * A parameter whose value the platform checks: a pattern, a bound, or a type other than free
   * text.
   */
  private static boolean canBeInvalid(Parameter parameter) {
    Schema<?> schema = parameter.getSchema();
    if (schema == null) {
      return false;
    }
    return schema.getPattern() != null
        || schema.getMinimum() != null
        || schema.getMaximum() != null
        || schema.getMaxLength() != null
        || schema.getMinLength() != null
        || schema.getEnum() != null
        || (schema.getType() != null && !"string".equals(schema.getType()))
        || (schema.getTypes() != null && !schema.getTypes().equals(java.util.Set.of("string")))
        || (schema.getFormat() != null);
  }

  /**
   * RFC 9457, as Problems writes it: in the language Accept-Language asks for (Language), errors
   * name each bad field.
   */
  private static Schema<?> problemSchema() {
    Schema<?> error =
        new Schema<>()
            .type("object")
            .description("一个错误字段 One rejected field")
            .addProperty("field", new Schema<>().type("string"))
            .addProperty(
                "message",
                new Schema<>()
                    .type("string")
                    .description(
                        "按 Accept-Language 的语言说明，未指明时为中文 in the language asked for,"
                            + " Chinese if none"))
            .addProperty(
                "messageEn", new Schema<>().type("string").description("英文说明 always English"));
    return new Schema<>()
        .type("object")
        .description("RFC 9457 problem details")
        .addProperty("type", new Schema<>().type("string"))
        .addProperty(
            "title",
            new Schema<>()
                .type("string")
                .description("Accept-Language: zh → 中文, en → English, 未指明 none → 中文 English"))
        .addProperty("status", new Schema<>().type("integer").format("int32"))
        .addProperty(
            "detail",
            new Schema<>()
                .type("string")
                .description("Accept-Language: zh → 中文, en → English, 未指明 none → 中文 / English"))
        .addProperty("instance", new Schema<>().type("string"))
        .addProperty("errors", new Schema<>().type("array").items(error));
  }

  private static ApiResponse problem(String description) {
    return new ApiResponse()
        .description(description)
        .content(
            new Content()
                .addMediaType(
                    "application/problem+json",
                    new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))));
  }
}
