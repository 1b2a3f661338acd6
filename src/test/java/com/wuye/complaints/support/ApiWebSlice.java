package com.wuye.complaints.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.annotation.AliasFor;

/**
 * A web slice of the API's intake controllers: the controller, the strict JSON mapper and
 * ApiProblemHandler; no engine, no database, no security filters. The community-reach interceptors
 * guard /api/complaints/{no} and /api/customers/..., not intake, so they stay out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(
    includeFilters =
        @ComponentScan.Filter(
            type = FilterType.REGEX,
            pattern = "com\\.wuye\\.complaints\\.support\\.StrictJsonConfiguration"),
    excludeFilters =
        @ComponentScan.Filter(
            type = FilterType.REGEX,
            pattern =
                "com\\.wuye\\.complaints\\.(complaint\\.ComplaintReach|household\\.CustomerReach)"))
@AutoConfigureMockMvc(addFilters = false)
public @interface ApiWebSlice {

  /** The controller under test. */
  @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
  Class<?>[] value();
}
