import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The same-issue storm of docs/benchmarks.md against a running platform: COUNT complaints about one
 * issue (same community, building and category; a different phone each) through POST
 * /api/complaints, CONNECTIONS at a time, as the demo user intake-client. Prints throughput,
 * p50/p99, the answers by status and the median of the first and of the last 20 intakes (in the
 * order they were sent).
 *
 * <p>With building {@code RANDOM} every complaint is about a place and category of its own (few
 * same-issue collisions): the random-mix row beside the storm.
 *
 * <pre>java bench/Storm.java http://localhost:8080 200 32 [building|RANDOM]</pre>
 */
public class Storm {

  private static final String[] CATEGORIES = {
    "FACILITIES", "REPAIR", "CLEANING", "SECURITY", "PARKING", "NOISE"
  };

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int count = Integer.parseInt(args[1]);
    int connections = Integer.parseInt(args[2]);
    String building = args.length > 3 ? args[3] : "S" + System.currentTimeMillis() % 100_000;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("intake-client:intake-client".getBytes(StandardCharsets.UTF_8));

    long[] latency = new long[count];
    int[] status = new int[count];
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    List<Future<?>> calls = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      int n = i;
      boolean random = building.equals("RANDOM");
      String place =
          random
              ? "R" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000)
              : building;
      String category = random ? CATEGORIES[n % CATEGORIES.length] : "FACILITIES";
      calls.add(
          pool.submit(
              () -> {
                String body =
                    """
            {"channel":"APP","complainant":{"name":"业主%d","phone":"136%08d"},
             "location":{"community":"huayuan","building":"%s","unit":"1","room":"%d"},
             "category":"%s","description":"电梯停运 lift stopped"}"""
                        .formatted(n, n, place, 100 + n % 900, category);
                HttpRequest request =
                    HttpRequest.newBuilder(URI.create(base + "/api/complaints"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", auth)
                        .timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build();
                long t0 = System.nanoTime();
                try {
                  status[n] = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                } catch (Exception e) {
                  status[n] = -1;
                }
                latency[n] = System.nanoTime() - t0;
                return null;
              }));
    }
    for (Future<?> call : calls) {
      call.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();

    Map<Integer, Integer> byStatus = new TreeMap<>();
    for (int s : status) {
      byStatus.merge(s, 1, Integer::sum);
    }
    List<Long> sorted = new ArrayList<>();
    for (long l : latency) {
      sorted.add(l);
    }
    Collections.sort(sorted);
    System.out.printf(
        "storm building=%s n=%d connections=%d: %.1f/s, p50 %.0f ms, p99 %.0f ms, first-20 median %.0f ms, "
            + "last-20 median %.0f ms, answers %s%n",
        building,
        count,
        connections,
        count / seconds,
        ms(sorted.get(count / 2)),
        ms(sorted.get(Math.min(count - 1, (int) Math.ceil(count * 0.99) - 1))),
        median(latency, 0, Math.min(20, count)),
        median(latency, Math.max(0, count - 20), count),
        byStatus);
  }

  private static double median(long[] latency, int from, int to) {
    List<Long> part = new ArrayList<>();
    for (int i = from; i < to; i++) {
      part.add(latency[i]);
    }
    Collections.sort(part);
    return ms(part.get(part.size() / 2));
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
