package com.wuye.complaints.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuye.complaints.forms.FormSchema;
import com.wuye.complaints.forms.FormSubmission;
import com.wuye.complaints.forms.Forms;
import com.wuye.complaints.support.BufferedRequest;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.Language;
import com.wuye.complaints.support.Messages;
import com.wuye.complaints.support.Problems;
import com.wuye.complaints.support.RuleRefusals;
import com.wuye.complaints.support.Text;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine's generic surface, cut down to what each person's work needs. Camunda's engine REST
 * API ({@code /engine-rest}) and the webapps' copy of it ({@code /camunda/api/engine}) can do far
 * more than any step of complaint handling asks for; every request to either passes here first:
 *
 * <ol>
 *   <li><b>No expression from outside.</b> A query may not carry an {@code …Expression} field or a
 *       {@code ${…}}/{@code #{…}} value anywhere (parameters, body, {@code orQueries}, nested or
 *       not), whoever sends it. Saving a filter (administrators only) may use exactly the
 *       expressions the platform's own filters use ({@link #STORED_FILTER_EXPRESSION}).
 *   <li><b>Only what the work needs.</b> Staff may read (the engine's authorizations decide what),
 *       run queries and stored filters, claim, comment on and complete tasks, start a process
 *       through its start form, and change their own password. Everything else — starting part-way,
 *       modification, migration, messages, signals, variables, users, deployments — is for {@code
 *       camunda-admin} alone; the engine writes each such operation to its user-operation log.
 *   <li><b>A step changes only what its form asks.</b> Completing a task and submitting a start
 *       form take exactly the form's enabled fields with their types ({@link FormSubmission}); the
 *       request is rewritten to carry those values alone, personal fields as transient values.
 *   <li><b>Webapp plugin APIs</b> (Cockpit, Admin, Tasklist) answer only users who may use that
 *       webapp.
 * </ol>
 */
class EngineSurfaceGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineSurfaceGuard.class);

  /**
   * The expressions the platform's own stored filters use; a saved filter may use these and no
   * others.
   */
  static final Pattern STORED_FILTER_EXPRESSION =
      Pattern.compile(
          "\\$\\{(currentUser\\(\\)|currentUserGroups\\(\\)|now\\(\\)"
              + "|dateTime\\(\\)(\\.(plus|minus)(Minutes|Hours|Days|Weeks)\\([0-9]{1,4}\\))*\\.toDate\\(\\))}");

  private static final int MAX_BODY_BYTES = 256 * 1024;
  private static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest(/.*)?$");
  private static final Pattern WEBAPP_ENGINE =
      Pattern.compile("^/camunda/api/engine/engine/[^/]+(/.*)?$");
  private static final Pattern WEBAPP_PLUGIN =
      Pattern.compile("^/camunda/api/(cockpit|admin|tasklist)/.*$");
  private static final Pattern TASK_FORM =
      Pattern.compile("^/task/([^/]+)/(submit-form|complete)$");
  private static final Pattern START_FORM =
      Pattern.compile("^/process-definition/(key/)?([^/]+)/submit-form$");
  private static final Pattern TASK_CLAIM = Pattern.compile("^/task/[^/]+/claim$");
  private static final Pattern OWN_PASSWORD = Pattern.compile("^/user/([^/]+)/credentials$");
  private static final Pattern FILTER_SAVE = Pattern.compile("^/filter(/create|/[^/]+)$");

  /** What staff may send besides GET: queries, stored filters, their own tasks' work. */
  private static final List<Pattern> STAFF_POSTS =
      List.of(
          Pattern.compile("^/(task|process-instance|variable-instance|execution|job)(/count)?$"),
          Pattern.compile(
              "^/history/(process-instance|task|activity-instance|variable-instance|decision-instance"
                  + "|incident|job-log|user-operation|identity-link-log)(/count)?$"),
          Pattern.compile("^/filter/[^/]+/(list|count|singleResult)$"),
          Pattern.compile("^/task/[^/]+/(claim|unclaim|comment/create)$"),
          TASK_FORM,
          START_FORM);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Forms forms;
  private final IdentityService identity;

  private final CommunityScope communities;
  private final TaskService tasks;

  EngineSurfaceGuard(
      Forms forms, IdentityService identity, CommunityScope communities, TaskService tasks) {
    this.forms = forms;
    this.identity = identity;
    this.communities = communities;
    this.tasks = tasks;
  }

  /**
   * A task's own endpoints (claim, complete, submit-form, comment, variables …), its id in group 1.
   */
  private static final Pattern TASK_ACTION = Pattern.compile("^/task/([^/]+)/.+$");

  record Caller(String id, Collection<String> groups, UserAuthentication webappUser) {
    boolean isAdmin() {
      return groups.contains(Groups.ADMIN);
    }
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    try {
      Matcher engine = ENGINE_REST.matcher(path);
      Matcher webappEngine = WEBAPP_ENGINE.matcher(path);
      if (engine.matches() || webappEngine.matches()) {
        Optional<Caller> caller = engine.matches() ? restCaller() : webappCaller(request);
        if (caller.isEmpty()) {
          chain.doFilter(request, response); // the engine's own login answers 401
          return;
        }
        String rest = engine.matches() ? engine.group(1) : webappEngine.group(1);
        HttpServletRequest guarded = guard(request, rest == null ? "/" : rest, caller.get());
        if (guarded instanceof Submission submission) {
          submit(submission, response, chain, path);
        } else {
          chain.doFilter(guarded, response);
        }
        return;
      }
      Matcher plugin = WEBAPP_PLUGIN.matcher(path);
      if (plugin.matches() && !path.startsWith("/camunda/api/admin/auth/")) {
        Optional<Caller> caller = webappCaller(request);
        if (caller.isPresent() && !caller.get().webappUser().isAuthorizedForApp(plugin.group(1))) {
          throw new Refusal(403, "problem.webapp-refused", plugin.group(1));
        }
      }
      chain.doFilter(request, response);
    } catch (Refusal refusal) {
      LOG.info("refused {} {} : {}", request.getMethod(), path, refusal.getMessage());
      refusal.write(request, response);
    } catch (InvalidInputException invalid) {
      LOG.info("refused {} {} : {}", request.getMethod(), path, invalid.getMessage());
      Refusal.invalid(invalid).write(request, response);
    }
  }

  private HttpServletRequest guard(HttpServletRequest request, String rest, Caller caller)
      throws IOException {
    refuseExpressionParameters(request);
    String method = request.getMethod();
    boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    if (read) {
      return request;
    }
    byte[] body = BufferedRequest.read(request, MAX_BODY_BYTES);
    if (body == null) {
      throw new Refusal(413, "problem.body-too-large", MAX_BODY_BYTES / 1024);
    }
    JsonNode json = body.length == 0 ? null : parse(body);

    refuseAnotherCommunitysTask(rest, caller);
    Matcher taskForm = TASK_FORM.matcher(rest);
    Matcher startForm = START_FORM.matcher(rest);
    if (method.equals("POST") && taskForm.matches()) {
      FormSchema form = forms.ofTask(taskForm.group(1)).orElse(null);
      if (form == null) {
        return request; // no such open task: the engine answers as it does
      }
      return new Submission(BufferedRequest.withBody(request, rewrite(form, json, true)));
    }
    if (method.equals("POST") && startForm.matches()) {
      FormSchema form =
          forms
              .ofStart(startForm.group(2), startForm.group(1) != null)
              .orElseThrow(
                  () ->
                      new Refusal(
                          403,
                          Messages.text("problem.title.not-startable"),
                          Messages.text("problem.not-startable"),
                          List.of()));
      return new Submission(BufferedRequest.withBody(request, rewrite(form, json, false)));
    }

    if (method.equals("POST") || method.equals("PUT")) {
      boolean filterSave =
          FILTER_SAVE.matcher(rest).matches()
              && !rest.endsWith("/list")
              && !rest.endsWith("/count");
      refuseExpressions(json, "", filterSave && caller.isAdmin());
    }
    if (caller.isAdmin()
        || (method.equals("POST")
            && STAFF_POSTS.stream().anyMatch(p -> p.matcher(rest).matches()))) {
      HttpServletRequest passed = BufferedRequest.withBody(request, body);
      // claiming runs the step's assignment rules (R-VISIT-1: not the handler)
      return method.equals("POST") && TASK_CLAIM.matcher(rest).matches()
          ? new Submission(passed)
          : passed;
    }
    Matcher password = OWN_PASSWORD.matcher(rest);
    if (method.equals("PUT") && password.matches() && password.group(1).equals(caller.id())) {
      refuseWeakPassword(caller.id(), json);
      return BufferedRequest.withBody(request, body);
    }
    throw new Refusal(403, "problem.engine-api-refused");
  }

  /**
   * Issue 16: another community's task is "not found" to change, as it is to read. (The engine
   * would refuse it too — its tenant check — but with a 500 that says why.) Tasks of no tenant
   * (started before communities were tenants) pass on to the engine's own checks.
   */
  private void refuseAnotherCommunitysTask(String rest, Caller caller) {
    Matcher action = TASK_ACTION.matcher(rest);
    if (!action.matches() || caller.isAdmin()) {
      return;
    }
    org.camunda.bpm.engine.impl.identity.Authentication current =
        identity.getCurrentAuthentication();
    identity.clearAuthentication();
    org.camunda.bpm.engine.task.Task task;
    try {
      task = tasks.createTaskQuery().taskId(action.group(1)).singleResult();
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
    if (task != null
        && task.getTenantId() != null
        && !communities.of(caller.id(), caller.groups()).includes(task.getTenantId())) {
      throw new Refusal(404, "problem.no-such-task");
    }
  }

  /**
   * A form submission or a claim: a rule's refusal inside the engine is answered in its own words,
   * as a 400.
   */
  private static final class Submission extends jakarta.servlet.http.HttpServletRequestWrapper {
    Submission(HttpServletRequest request) {
      super(request);
    }
  }

  private static void submit(
      Submission submission, HttpServletResponse response, FilterChain chain, String path)
      throws IOException, ServletException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    RuleRefusals.forget();
    try {
      chain.doFilter(submission, answer);
      Optional<InvalidInputException> refusal = RuleRefusals.take();
      if (refusal.isPresent() && answer.getStatus() >= 500) {
        LOG.info("refused {} {} : {}", submission.getMethod(), path, refusal.get().getMessage());
        answer.resetBuffer();
        Refusal.invalid(refusal.get()).write(submission, answer);
      }
      answer.copyBodyToResponse();
    } finally {
      RuleRefusals.forget();
    }
  }

  /**
   * The engine would answer a password against its policy with a 500; say what is wrong instead.
   */
  private void refuseWeakPassword(String userId, JsonNode json) {
    PasswordPolicy policy = identity.getPasswordPolicy();
    String candidate = json == null ? null : json.path("password").asText(null);
    if (policy == null || candidate == null) {
      return;
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(policy, candidate, user);
    if (!result.isValid()) {
      throw new Refusal(
          400,
          Messages.text("problem.title.weak-password"),
          Messages.text(
              "problem.weak-password",
              result.getViolatedRules().stream()
                  .map(PasswordPolicyRule::getPlaceholder)
                  .collect(java.util.stream.Collectors.joining(", "))),
          List.of());
    }
  }

  private static byte[] rewrite(FormSchema form, JsonNode json, boolean task) throws IOException {
    JsonNode variables = json == null ? null : json.get("variables");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("variables", FormSubmission.toEngineJson(FormSubmission.fromTyped(form, variables)));
    if (task && json != null && json.path("withVariablesInReturn").isBoolean()) {
      out.put("withVariablesInReturn", json.get("withVariablesInReturn").booleanValue());
    }
    return JSON.writeValueAsBytes(out);
  }

  /**
   * Reads the query string itself: asking the request for its parameters would consume a form body.
   */
  private static void refuseExpressionParameters(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query == null) {
      return;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (isExpressionField(name) || looksLikeExpression(value)) {
        throw expressionRefused(name);
      }
    }
  }

  private static String decode(String part) {
    try {
      return java.net.URLDecoder.decode(part, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      throw new Refusal(400, "problem.bad-query-encoding");
    }
  }

  /**
   * Walks the whole body: no expression field (but the platform's own in a filter saved by an
   * admin), no ${…} value.
   */
  private static void refuseExpressions(JsonNode node, String where, boolean storedFilter) {
    if (node == null) {
      return;
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String at = where.isEmpty() ? field.getKey() : where + "." + field.getKey();
        if (isExpressionField(field.getKey())) {
          JsonNode value = field.getValue();
          boolean platformOwn =
              storedFilter
                  && (value.isNull()
                      || (value.isTextual()
                          && STORED_FILTER_EXPRESSION.matcher(value.textValue()).matches()));
          if (!platformOwn) {
            throw expressionRefused(at);
          }
        } else {
          refuseExpressions(field.getValue(), at, storedFilter);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        refuseExpressions(item, where, storedFilter);
      }
    } else if (node.isTextual() && looksLikeExpression(node.textValue())) {
      throw expressionRefused(where);
    }
  }

  private static boolean isExpressionField(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).endsWith("expression");
  }

  private static boolean looksLikeExpression(String value) {
    return value != null && (value.contains("${") || value.contains("#{"));
  }

  private static Refusal expressionRefused(String where) {
    return new Refusal(
        400,
        Messages.text("problem.title.expression"),
        Messages.text("problem.expression", where),
        List.of());
  }

  private static JsonNode parse(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new Refusal(400, "problem.not-json");
    }
  }

  private static Optional<Caller> restCaller() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      return Optional.empty();
    }
    return Optional.of(
        new Caller(
            auth.getName(),
            auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList(),
            null));
  }

  private static Optional<Caller> webappCaller(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine("default")
            instanceof UserAuthentication user)) {
      return Optional.empty();
    }
    return Optional.of(
        new Caller(
            user.getIdentityId(),
            user.getGroupIds() == null ? List.of() : user.getGroupIds(),
            user));
  }

  /** A refusal answered as an RFC 9457 problem (Problems) in the caller's language. */
  static final class Refusal extends RuntimeException {
    final int status;
    final transient Text title;
    final transient Text detail;
    final transient List<FieldError> errors;

    /** Refused with {@code status}, its usual title, and the catalogue's {@code detailKey}. */
    Refusal(int status, String detailKey, Object... args) {
      this(
          status,
          Messages.text("problem.title." + status),
          Messages.text(detailKey, args),
          List.of());
    }

    Refusal(int status, Text title, Text detail, List<FieldError> errors) {
      super(detail.en(), null, false, false);
      this.status = status;
      this.title = title;
      this.detail = detail;
      this.errors = errors;
    }

    static Refusal invalid(InvalidInputException e) {
      return new Refusal(
          400,
          Messages.text("problem.title.400"),
          Messages.text("problem.invalid.fields"),
          e.errors());
    }

    void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
      Language language = Language.of(request);
      ProblemDetail problem = Problems.of(status, title, detail, errors, language);
      // the webapps show "message" in their notifications
      boolean english = language == Language.EN;
      problem.setProperty(
          "message",
          errors.isEmpty()
              ? title.title(language) + (english ? ": " : "：") + detail.detail(language)
              : errors.stream()
                  .map(error -> new Text(error.messageZh(), error.messageEn()).detail(language))
                  .collect(java.util.stream.Collectors.joining(english ? "; " : "；")));
      Problems.write(response, problem);
    }
  }
}
