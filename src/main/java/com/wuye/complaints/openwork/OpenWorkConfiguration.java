package com.wuye.complaints.openwork;

import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Issue 18: Tasklist's filter lists and counts pass the read model of open work first. */
@Configuration
class OpenWorkConfiguration {

  @Bean
  FilterRegistrationBean<OpenWorkTasklistFilter> openWorkTasklist(
      OpenWorkReaders readers, OpenWorkQueries queries) {
    FilterRegistrationBean<OpenWorkTasklistFilter> registration =
        new FilterRegistrationBean<>(new OpenWorkTasklistFilter(readers, queries));
    registration.setUrlPatterns(List.of("/camunda/api/engine/*"));
    registration.setOrder(1); // after the platform's guard (identity/EngineSurfaceGuard, -1)
    return registration;
  }
}
