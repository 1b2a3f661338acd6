package com.wuye.complaints.support;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document of the platform's own API (served at /v3/api-docs, copy in docs/openapi.json). */
@Configuration
@OpenAPIDefinition(info = @Info(title = "物业投诉处理平台 Complaint platform API", version = "1",
    description = "Intake from other channels (R-IN-1), complaint lookup and task work. Errors are RFC 9457 "
        + "problem details with messages in Chinese and English. Sign in with HTTP Basic."))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiConfiguration {
}
