import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 18: mixed load for the memory goal (RSS after an hour). Round after round until MINUTES
 * have passed, against a running demo platform, all over HTTP with the demo users:
 *
 * <ul>
 *   <li>20 complaint intakes at 4 connections (POST /api/complaints, a place of their own each);
 *   <li>4 of them (cleaning, general) worked to the end through POST /api/tasks/{id}/claim and
 *       /complete: verified by the supervisor, handled and fed back by the officer, return visit by
 *       the visitor;
 *   <li>3 repair intakes (POST /api/repairs as the officer);
 *   <li>reads: the officer's and the engineer's first task page (engine REST, 15 by due date), the
 *       supervisor's complaint list, the general manager's dashboard.
 * </ul>
 *
 * Prints a line every 10 rounds and, at the end, the answers by status. bench/soak.sh starts the
 * platform and samples its memory while this runs.
 *
 * <pre>java bench/Soak.java http://localhost:8095 60</pre>
 */
public class Soak {

  private static final String[] CATEGORIES = {
    "CLEANING", "SECURITY", "GREENING", "PARKING", "NOISE"
  };
  private static final Pattern COMPLAINT_NO =
      Pattern.compile("\"complaintNo\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern TASK_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final Map<String, Integer> ANSWERS = new ConcurrentHashMap<>();
  private static final AtomicInteger CLOSED = new AtomicInteger();

  private static String base;

  public static void main(String[] args) throws Exception {
    base = args[0];
    Instant end = Instant.now().plus(Duration.ofMinutes(Long.parseLong(args[1])));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    int round = 0;
    int intakes = 0;
    while (Instant.now().isBefore(end)) {
      round++;
      List<Future<String>> received = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        // the first 4 (worked to the end) are general cleaning complaints, as the lifecycle bench's
        String category = i < 4 ? "CLEANING" : CATEGORIES[i % CATEGORIES.length];
        received.add(pool.submit(() -> intake(category)));
      }
      List<String> numbers = new ArrayList<>();
      for (Future<String> no : received) {
        if (no.get() != null) {
          numbers.add(no.get());
        }
      }
      intakes += numbers.size();
      List<Future<?>> worked = new ArrayList<>();
      for (String no : numbers.subList(0, Math.min(4, numbers.size()))) {
        worked.add(pool.submit(() -> closeOne(no)));
      }
      for (Future<?> w : worked) {
        w.get();
      }
      for (int i = 0; i < 3; i++) {
        repair();
      }
      call("GET", "/engine-rest/task?maxResults=15&sortBy=dueDate&sortOrder=asc", "officer", null);
      call("GET", "/engine-rest/task?maxResults=15&sortBy=dueDate&sortOrder=asc", "engineer", null);
      call("GET", "/api/complaints?size=20", "supervisor", null);
      call("GET", "/api/reports/dashboard", "gm", null);
      if (round % 10 == 0) {
        System.out.printf(
            "soak %s round %d: %d intakes, %d closed, answers %s%n",
            Instant.now(), round, intakes, CLOSED.get(), new TreeMap<>(ANSWERS));
      }
    }
    pool.shutdown();
    System.out.printf(
        "soak done: %d rounds, %d intakes, %d closed, answers %s%n",
        round, intakes, CLOSED.get(), new TreeMap<>(ANSWERS));
  }

  private static String intake(String category) {
    int n = ThreadLocalRandom.current().nextInt(100_000_000);
    String body =
        """
        {"channel":"APP","complainant":{"name":"浸泡业主","phone":"137%08d"},
         "location":{"community":"huayuan","building":"K%d","unit":"1","room":"%d"},
         "category":"%s","description":"浸泡测试投诉 soak test"}"""
            .formatted(n, n % 100_000, 100 + n % 900, category);
    return first(COMPLAINT_NO, call("POST", "/api/complaints", "intake-client", body));
  }

  private static void closeOne(String no) {
    if (work(no, "supervisor", "{\"verificationNote\":\"属实\"}")
        && work(no, "officer", "{\"handlingResult\":\"已处理\"}")
        && work(no, "officer", "{\"feedbackMethod\":\"PHONE\",\"feedbackNote\":\"已告知\"}")
        && work(no, "visitor", "{\"satisfaction\":\"SATISFIED\"}")) {
      CLOSED.incrementAndGet();
    }
  }

  /** Claims the complaint's open task as USER and completes it with the form values. */
  private static boolean work(String no, String user, String variables) {
    String task =
        first(
            TASK_ID, call("GET", "/engine-rest/task?processInstanceBusinessKey=" + no, user, null));
    if (task == null) {
      ANSWERS.merge("no task", 1, Integer::sum);
      return false;
    }
    return call("POST", "/api/tasks/" + task + "/claim", user, "") != null
        && call(
                "POST",
                "/api/tasks/" + task + "/complete",
                user,
                "{\"variables\":" + variables + "}")
            != null;
  }

  private static void repair() {
    int n = ThreadLocalRandom.current().nextInt(100_000_000);
    String body =
        """
        {"channel":"PHONE","requester":{"name":"浸泡业主","phone":"136%08d"},
         "location":{"community":"huayuan","building":"Q%d","unit":"1","room":"802"},
         "kind":"HOUSEHOLD","facility":"LEAK","description":"浸泡测试报修 soak test"}"""
            .formatted(n, n % 100_000);
    call("POST", "/api/repairs", "officer", body);
  }

  /** The answer's body when it is 2xx (counted by status either way), null otherwise. */
  private static String call(String method, String path, String user, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(120))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    if (body == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .header("Idempotency-Key", UUID.randomUUID().toString())
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    try {
      HttpResponse<String> answer =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      ANSWERS.merge(String.valueOf(answer.statusCode()), 1, Integer::sum);
      return answer.statusCode() / 100 == 2 ? answer.body() : null;
    } catch (Exception e) {
      ANSWERS.merge("failed: " + e.getClass().getSimpleName(), 1, Integer::sum);
      return null;
    }
  }

  private static String first(Pattern pattern, String text) {
    if (text == null) {
      return null;
    }
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : null;
  }
}
