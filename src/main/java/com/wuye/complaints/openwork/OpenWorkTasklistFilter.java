package com.wuye.complaints.openwork;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wuye.complaints.openwork.OpenWorkQueries.Reader;
import com.wuye.complaints.openwork.TasklistFilterShape.Plan;
import com.wuye.complaints.support.BufferedRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Issue 18: Tasklist's list and count of a saved filter, answered from the read model of open work
 * where it can be. In front of the webapps' engine API ({@code POST filter/{id}/list}, {@code
 * GET|POST filter/{id}/count}), behind the platform's guard: for a signed-in reader and a filter
 * whose every part the read model understands ({@link TasklistFilterShape}), the count comes from
 * the read model and the page's task ids too — and the engine still fetches those tasks itself,
 * with {@code taskIdIn} added to the request, so its own authorization and tenant checks decide
 * what is shown (docs/security.md). Anything else goes to the engine unchanged.
 */
class OpenWorkTasklistFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(OpenWorkTasklistFilter.class);

  /** Set on every answer that came from the read model. */
  static final String ANSWERED_BY = "X-Open-Work";

  /** Stands for "no task" in {@code taskIdIn}: an empty list would mean no restriction. */
  static final String NO_TASK = "open-work-none";

  private static final Pattern FILTER_CALL =
      Pattern.compile("^/camunda/api/engine/engine/default/filter/([^/]+)/(list|count)$");
  private static final Set<String> PAGE_PARAMETERS = Set.of("firstResult", "maxResults");
  private static final int MAX_PAGE = 200;
  private static final int MAX_BODY_BYTES = 64 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OpenWorkReaders readers;
  private final OpenWorkQueries queries;

  OpenWorkTasklistFilter(OpenWorkReaders readers, OpenWorkQueries queries) {
    this.readers = readers;
    this.queries = queries;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher call = FILTER_CALL.matcher(path);
    boolean list = call.matches() && call.group(2).equals("list");
    boolean post = request.getMethod().equals("POST");
    if (!call.matches() || (list && !post) || !(post || request.getMethod().equals("GET"))) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = post ? BufferedRequest.read(request, MAX_BODY_BYTES) : new byte[0];
    HttpServletRequest passed = post ? BufferedRequest.withBody(request, body) : request;
    Optional<Answer> answer = plan(request, call.group(1), list, body);
    if (answer.isEmpty()) {
      chain.doFilter(passed, response);
      return;
    }
    response.setHeader(ANSWERED_BY, "read-model");
    if (!list) {
      long count = queries.count(answer.get().reader(), answer.get().plan().criteria());
      response.setStatus(200);
      response.setContentType("application/json");
      response
          .getOutputStream()
          .write(("{\"count\":" + count + "}").getBytes(StandardCharsets.UTF_8));
      return;
    }
    page(passed, response, chain, answer.get(), body);
  }

  private record Answer(String filterId, Reader reader, Plan plan, int first, int max) {}

  private Optional<Answer> plan(
      HttpServletRequest request, String filterId, boolean list, byte[] body) {
    if (body == null) {
      return Optional.empty();
    }
    Optional<UserAuthentication> user = signedIn(request);
    if (user.isEmpty()) {
      return Optional.empty();
    }
    int first = 0;
    int max = 0;
    for (Enumeration<String> names = request.getParameterNames(); names.hasMoreElements(); ) {
      if (!PAGE_PARAMETERS.contains(names.nextElement()) || !list) {
        return Optional.empty();
      }
    }
    if (list) {
      Integer firstResult = number(request.getParameter("firstResult"), 0);
      Integer maxResults = number(request.getParameter("maxResults"), null);
      if (firstResult == null || maxResults == null || maxResults > MAX_PAGE) {
        return Optional.empty();
      }
      first = firstResult;
      max = maxResults;
    }
    JsonNode extending;
    try {
      extending = body.length == 0 ? null : JSON.readTree(body);
    } catch (IOException e) {
      return Optional.empty();
    }
    UserAuthentication reader = user.get();
    Collection<String> groups = reader.getGroupIds() == null ? List.of() : reader.getGroupIds();
    Collection<String> tenants = reader.getTenantIds() == null ? List.of() : reader.getTenantIds();
    int from = first;
    int size = max;
    return readers
        .reader(reader.getIdentityId(), groups, tenants, filterId)
        .flatMap(
            known ->
                readers
                    .filterQuery(filterId)
                    .flatMap(query -> TasklistFilterShape.of(query, extending))
                    .map(plan -> new Answer(filterId, known, plan, from, size)));
  }

  private void page(
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      Answer answer,
      byte[] body)
      throws IOException, ServletException {
    Reader reader = answer.reader();
    List<String> ids =
        queries.page(
            reader,
            answer.plan().criteria(),
            answer.plan().sorting(),
            answer.first(),
            answer.max());
    ObjectNode extending =
        body.length == 0 ? JSON.createObjectNode() : (ObjectNode) JSON.readTree(body);
    ArrayNode taskIdIn = extending.putArray("taskIdIn");
    (ids.isEmpty() ? List.of(NO_TASK) : ids).forEach(taskIdIn::add);
    HttpServletRequest fetch =
        new PageRequest(
            BufferedRequest.withBody(request, JSON.writeValueAsBytes(extending)),
            Math.max(ids.size(), 1));
    boolean hal = String.valueOf(request.getHeader("Accept")).contains("application/hal+json");
    if (!hal) {
      chain.doFilter(fetch, response);
      return;
    }
    ContentCachingResponseWrapper engine = new ContentCachingResponseWrapper(response);
    chain.doFilter(fetch, engine);
    if (engine.getStatus() == 200) {
      JsonNode answered = JSON.readTree(engine.getContentAsByteArray());
      if (answered instanceof ObjectNode halList && halList.has("count")) {
        int shown = halList.path("_embedded").path("task").size();
        long count;
        if (shown < ids.size()) {
          // the engine refused some of the read model's ids: the model and the engine disagree
          // for this reader, so the count is the engine's own (and the page shows only its tasks)
          LOG.warn(
              "open work: the engine showed {} of the read model's {} tasks of filter {} to {};"
                  + " counted by the engine",
              shown,
              ids.size(),
              answer.filterId(),
              reader.user());
          count = readers.engineCount(reader, answer.filterId());
        } else {
          count = queries.count(reader, answer.plan().criteria());
        }
        halList.put("count", count);
        engine.resetBuffer();
        engine.getOutputStream().write(JSON.writeValueAsBytes(halList));
      }
    }
    engine.copyBodyToResponse();
  }

  private static Integer number(String value, Integer absent) {
    if (value == null) {
      return absent;
    }
    try {
      int number = Integer.parseInt(value);
      return number < 0 ? null : number;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Optional<UserAuthentication> signedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications != null
        && authentications.getAuthenticationForProcessEngine("default")
            instanceof UserAuthentication user) {
      return Optional.of(user);
    }
    return Optional.empty();
  }

  /** The engine's fetch of the page: the first {@code max} of the given ids. */
  private static final class PageRequest extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;

    PageRequest(HttpServletRequest request, int max) {
      super(request);
      this.parameters =
          Map.of("firstResult", new String[] {"0"}, "maxResults", new String[] {"" + max});
    }

    @Override
    public String getQueryString() {
      return "firstResult=0&maxResults=" + parameters.get("maxResults")[0];
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return java.util.Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }
  }
}
