package com.wuye.complaints.support;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller of the platform's own API ({@code /api/**}): a REST controller whose path, header
 * and query parameters are checked by their Bean Validation constraints (a violation is a 400
 * problem naming the field, ApiProblemHandler) and whose operations the OpenAPI document lists as
 * signed in with HTTP Basic. Every controller of the API carries it, beside its {@code @Tag} and,
 * where its paths share a prefix, its {@code @RequestMapping}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
@Validated
@SecurityRequirement(name = "basic")
public @interface PlatformApi {}
