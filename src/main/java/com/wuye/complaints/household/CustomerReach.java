package com.wuye.complaints.household;

import com.wuye.complaints.identity.CommunityScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Issue 16: every {@code /api/customers/{id}…} operation (read, change, VIP card, renewal,
 * revocation, replacement) reaches only a person living in one of the caller's communities ({@link
 * CommunityScope}); anyone else's is "not found", as an unknown id is. Searches and new entries are
 * narrowed in {@link CustomerApiController}.
 */
@Configuration
class CustomerReach implements WebMvcConfigurer, HandlerInterceptor {

  private final CustomerRepository customers;
  private final CommunityScope communities;

  CustomerReach(CustomerRepository customers, CommunityScope communities) {
    this.customers = customers;
    this.communities = communities;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/customers/*", "/api/customers/*/**");
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
            instanceof Map<?, ?> variables
        && variables.get("id") instanceof String id
        && id.matches("\\d{1,18}")) {
      long customer = Long.parseLong(id);
      customers
          .located(customer)
          .ifPresent(
              found -> {
                if (!communities.ofCaller().includes(found.community())) {
                  throw CustomerRegister.unknown(customer);
                }
              });
    }
    return true;
  }
}
