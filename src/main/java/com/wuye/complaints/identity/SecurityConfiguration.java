package com.wuye.complaints.identity;

import com.wuye.complaints.forms.Forms;
import com.wuye.complaints.support.Problems;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Machine clients (the intake API, engine REST, actuator, API docs) sign in
 * with HTTP Basic against Camunda's identity service on every request; nothing there answers
 * without it. The webapps keep Camunda's own session login and CSRF protection; their first-run
 * admin setup is closed for good because the admin comes from configuration.
 */
@Configuration
class SecurityConfiguration {

  /** Groups whose members work complaints; the intake-api client group is deliberately not one. */
  static final String[] STAFF = {
    Groups.PROPERTY_OFFICER,
    Groups.CUSTOMER_SUPERVISOR,
    Groups.PROJECT_MANAGER,
    Groups.GM_ASSISTANT,
    Groups.GENERAL_MANAGER,
    Groups.GENERAL_AFFAIRS_MANAGER,
    Groups.DEPARTMENT_HEADS,
    Groups.CUSTOMER_RELATIONS,
    Groups.MONITORING_ROOM,
    Groups.ENGINEERING,
    Groups.ENGINEERING_SUPERVISOR,
    Groups.SECURITY,
    Groups.CLEANING,
    Groups.GREENING,
    Groups.SERVICE_CENTER_MANAGER,
    Groups.ADMIN
  };

  /** Who records and reads complaints: the staff and the channels' systems. */
  private static final String[] MAY_RECORD_COMPLAINTS =
      Stream.concat(Stream.of(Groups.INTAKE_API), Arrays.stream(STAFF)).toArray(String[]::new);

  /**
   * R-REP-1 who records and reads repair orders: the channels' systems, the service centre and
   * engineering.
   */
  private static final String[] MAY_RECORD_REPAIRS = {
    Groups.INTAKE_API, Groups.PROPERTY_OFFICER, Groups.CUSTOMER_SUPERVISOR, Groups.MONITORING_ROOM,
    Groups.SERVICE_CENTER_MANAGER, Groups.ENGINEERING, Groups.ENGINEERING_SUPERVISOR, Groups.ADMIN
  };

  private static final String[] SEE_SUGGESTIONS = {
    Groups.GENERAL_MANAGER,
    Groups.GM_ASSISTANT,
    Groups.GENERAL_AFFAIRS_MANAGER,
    Groups.CUSTOMER_SUPERVISOR,
    Groups.ADMIN
  };

  /**
   * The customer register's keepers (issue 16, R-CUST-5); other staff read it masked, intake
   * clients not at all.
   */
  private static final String[] KEEP_CUSTOMERS = {
    Groups.CUSTOMER_SUPERVISOR, Groups.CUSTOMER_RELATIONS, Groups.ADMIN
  };

  /** R-CUST-5, PIPL: who answers a person's request to export or erase their data. */
  private static final String[] ANSWER_DATA_REQUESTS = {Groups.CUSTOMER_RELATIONS, Groups.ADMIN};

  /**
   * R-CUST-1, R-CUST-4: who takes complaints at the desk and may ask whether a caller is known (not
   * the machine clients).
   */
  private static final String[] TAKE_CALLS = {
    Groups.PROPERTY_OFFICER,
    Groups.CUSTOMER_SUPERVISOR,
    Groups.MONITORING_ROOM,
    Groups.CUSTOMER_RELATIONS,
    Groups.ADMIN
  };

  /**
   * R-KPI-1 the figures: company-wide for the first three, own groups' complaints for the last two
   * (report.ReportApiController).
   */
  private static final String[] READ_REPORTS = {
    Groups.GENERAL_MANAGER,
    Groups.GM_ASSISTANT,
    Groups.GENERAL_AFFAIRS_MANAGER,
    Groups.CUSTOMER_SUPERVISOR,
    Groups.PROJECT_MANAGER
  };

  /**
   * Issue 16 who reads a community's members (its staff): the administrator and the company's
   * managers; only the administrator changes them.
   */
  private static final String[] READ_COMMUNITY_MEMBERS = {
    Groups.GENERAL_MANAGER, Groups.GM_ASSISTANT, Groups.GENERAL_AFFAIRS_MANAGER, Groups.ADMIN
  };

  @Bean
  @Order(1)
  SecurityFilterChain machineClients(HttpSecurity http, CamundaUserAuthenticationProvider users)
      throws Exception {
    http.securityMatcher(
            new OrRequestMatcher(
                path("/api/**"),
                path("/engine-rest/**"),
                path("/actuator/**"),
                path("/swagger-ui/**"),
                path("/swagger-ui.html"),
                path("/v3/api-docs"),
                path("/v3/api-docs/**"),
                path("/v3/api-docs.yaml"),
                path("/v3/api-docs.yml")))
        .authenticationManager(new ProviderManager(users))
        // stateless Basic: no cookie, so nothing for a cross-site request to ride on
        .csrf(csrf -> csrf.disable())
        // stateless, and a Tasklist session reading the API keeps its id: changing it under
        // Tasklist's feet
        // (session-fixation protection) made requests in flight answer 401 and signed the person
        // out
        .sessionManagement(
            session ->
                session
                    .sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                    .sessionFixation(fixation -> fixation.none()))
        .addFilterBefore(new WebappSessionAuthentication(), BasicAuthenticationFilter.class)
        .httpBasic(basic -> basic.authenticationEntryPoint(signInRequired()))
        .exceptionHandling(errors -> errors.accessDeniedHandler(roleRefused()))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(path("/actuator/health"), path("/actuator/health/**"))
                    .permitAll()
                    .requestMatchers(path("/actuator/**"))
                    .hasAuthority(Groups.ADMIN)
                    .requestMatchers(
                        path(HttpMethod.POST, "/api/complaints"),
                        path(HttpMethod.GET, "/api/complaints"),
                        path(HttpMethod.GET, "/api/complaints/*"))
                    .hasAnyAuthority(MAY_RECORD_COMPLAINTS)
                    // R-REP-4 the price list: staff read it, administrators keep it
                    .requestMatchers(path(HttpMethod.GET, "/api/repairs/price-list"))
                    .hasAnyAuthority(STAFF)
                    .requestMatchers(
                        path("/api/repairs/price-list"), path("/api/repairs/price-list/**"))
                    .hasAuthority(Groups.ADMIN)
                    // R-REP-1 repair orders: the channels' systems, the service centre and
                    // engineering
                    .requestMatchers(
                        path(HttpMethod.POST, "/api/repairs"),
                        path(HttpMethod.GET, "/api/repairs/*"))
                    .hasAnyAuthority(MAY_RECORD_REPAIRS)
                    // communities are master data: everyone who records or works complaints reads
                    // them, the admin keeps them
                    .requestMatchers(
                        path(HttpMethod.GET, "/api/communities"),
                        path(HttpMethod.GET, "/api/communities/*"))
                    .hasAnyAuthority(MAY_RECORD_COMPLAINTS)
                    // issue 16 a community's members: the company's managers read them, the admin
                    // keeps them (community.CommunityMemberApiController)
                    .requestMatchers(path(HttpMethod.GET, "/api/communities/*/members"))
                    .hasAnyAuthority(READ_COMMUNITY_MEMBERS)
                    .requestMatchers(path("/api/communities"), path("/api/communities/**"))
                    .hasAuthority(Groups.ADMIN)
                    // R-CUST-5, PIPL a person's export and erasure: customer relations and admins;
                    // the access log: admins
                    .requestMatchers(
                        path(HttpMethod.GET, "/api/customers/*/export"),
                        path(HttpMethod.POST, "/api/customers/*/erase"))
                    .hasAnyAuthority(ANSWER_DATA_REQUESTS)
                    .requestMatchers(path("/api/access-log"))
                    .hasAuthority(Groups.ADMIN)
                    // R-CUST-1, R-CUST-4 recognising a caller while a complaint is taken: the staff
                    // who take complaints
                    .requestMatchers(path(HttpMethod.GET, "/api/customers/recognise"))
                    .hasAnyAuthority(TAKE_CALLS)
                    // the customer register: its keepers change it; staff read it (masked,
                    // CustomerApiController)
                    .requestMatchers(
                        path(HttpMethod.POST, "/api/customers"),
                        path(HttpMethod.POST, "/api/customers/**"),
                        path(HttpMethod.PATCH, "/api/customers/*"))
                    .hasAnyAuthority(KEEP_CUSTOMERS)
                    .requestMatchers(path("/api/customers"), path("/api/customers/**"))
                    .hasAnyAuthority(STAFF)
                    // consultations and suggestions closed at verification: the managers' dashboard
                    .requestMatchers(path(HttpMethod.GET, "/api/suggestions"))
                    .hasAnyAuthority(SEE_SUGGESTIONS)
                    // R-KPI-2 the monthly analysis, preventive actions and cases
                    // (report.AnalysisReaders narrows the scope)
                    .requestMatchers(path(HttpMethod.POST, "/api/reports/monthly/*/run"))
                    .hasAnyAuthority(Groups.GENERAL_AFFAIRS_MANAGER, Groups.ADMIN)
                    .requestMatchers(
                        path(HttpMethod.GET, "/api/reports/monthly"),
                        path(HttpMethod.GET, "/api/reports/monthly/**"),
                        path(HttpMethod.GET, "/api/preventive-actions"),
                        path(HttpMethod.GET, "/api/cases"),
                        path(HttpMethod.GET, "/api/cases/*"))
                    .hasAnyAuthority(Groups.ANALYSIS_READERS)
                    .requestMatchers(path(HttpMethod.POST, "/api/complaints/*/case-worthy"))
                    .hasAnyAuthority(Groups.SUPERVISORS_AND_ABOVE.toArray(String[]::new))
                    .requestMatchers(path(HttpMethod.GET, "/api/reports/**"))
                    .hasAnyAuthority(READ_REPORTS)
                    .requestMatchers(path("/api/**"))
                    .hasAnyAuthority(STAFF)
                    .requestMatchers(path("/engine-rest/**"))
                    .hasAnyAuthority(STAFF)
                    .anyRequest()
                    .authenticated());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webapps(HttpSecurity http) throws Exception {
    http
        // Camunda's webapps send their own CSRF token (X-XSRF-TOKEN) checked by their
        // CsrfPreventionFilter
        .csrf(csrf -> csrf.disable())
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(path("/camunda/api/admin/setup/**"))
                    .denyAll()
                    // the webapps sign users in themselves, against the same identity service
                    .anyRequest()
                    .permitAll());
    return http.build();
  }

  @Bean
  FilterRegistrationBean<EngineRestAuthenticationFilter> engineRestAuthentication(
      IdentityService identity, TenantMemberships tenants) {
    FilterRegistrationBean<EngineRestAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new EngineRestAuthenticationFilter(identity, tenants));
    registration.setUrlPatterns(EngineRestAuthenticationFilter.urlPatterns());
    registration.setOrder(0); // after Spring Security (-100), which has authenticated the caller
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineSurfaceGuard> engineSurfaceGuard(
      Forms forms,
      IdentityService identity,
      CommunityScope communities,
      org.camunda.bpm.engine.TaskService tasks) {
    FilterRegistrationBean<EngineSurfaceGuard> registration =
        new FilterRegistrationBean<>(new EngineSurfaceGuard(forms, identity, communities, tasks));
    registration.setUrlPatterns(List.of("/engine-rest/*", "/camunda/api/*"));
    registration.setOrder(-1); // after Spring Security (-100), before the engine sees anything
    return registration;
  }

  /** A 401 as a problem in the caller's language (Problems), asking for HTTP Basic. */
  static AuthenticationEntryPoint signInRequired() {
    return (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"complaints\", charset=\"UTF-8\"");
      Problems.write(request, response, 401, "problem.title.401", "problem.sign-in");
    };
  }

  /** A 403 as a problem in the caller's language (Problems). */
  static AccessDeniedHandler roleRefused() {
    return (request, response, e) ->
        Problems.write(request, response, 403, "problem.title.403", "problem.role-may-not");
  }

  /**
   * Matches on the whole path: engine REST and the webapps are Jersey servlets, not Spring MVC, so
   * the MVC-aware default matchers would miss them.
   */
  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  private static RequestMatcher path(HttpMethod method, String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
  }
}
