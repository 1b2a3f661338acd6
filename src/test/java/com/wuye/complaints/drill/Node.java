package com.wuye.complaints.drill;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** One platform JVM started from the built jar with the mysql profile, as production runs it. */
final class Node implements AutoCloseable {

  static final String ADMIN_PASSWORD = "Drill-Secret-2026!x";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  record Reply(int status, String body) {}

  final String name;
  final int port;
  private final Process process;

  private Node(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  static Node start(String name, String jdbcUrl, Path logDir) throws Exception {
    return start(name, jdbcUrl, logDir, List.of("-Xmx768m"));
  }

  /** The same, with these JVM options (e.g. those of bin/run-jar.sh) instead of -Xmx768m. */
  static Node start(String name, String jdbcUrl, Path logDir, List<String> jvmOptions)
      throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort(); // a free port
    }
    Path jar;
    try (var files = Files.list(Path.of("target"))) {
      jar =
          files
              .filter(p -> p.getFileName().toString().matches("complaint-platform-.*\\.jar"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("build the jar first (mvn package)"));
    }
    Files.createDirectories(logDir);
    List<String> command = new java.util.ArrayList<>(List.of("java"));
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "--server.port=" + port,
            "--spring.profiles.active=mysql",
            // job log rows name the node that ran each job
            "--camunda.bpm.generic-properties.properties.hostname=" + name));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("COMPLAINTS_DB_URL", jdbcUrl);
    builder.environment().put("COMPLAINTS_DB_USER", System.getProperty("it.mysql.user", "root"));
    builder
        .environment()
        .put("COMPLAINTS_DB_PASSWORD", System.getProperty("it.mysql.password", ""));
    builder.environment().put("COMPLAINTS_ADMIN_PASSWORD", ADMIN_PASSWORD);
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve(name + ".log").toFile()));
    Node node = new Node(name, port, builder.start());
    node.awaitReady(Duration.ofMinutes(3));
    return node;
  }

  private void awaitReady(Duration limit) throws Exception {
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " exited with " + process.exitValue() + "; see target/drill/" + name + ".log");
      }
      try {
        if (get("/actuator/health/readiness", false).status() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " not ready after " + limit);
  }

  Reply get(String path) throws IOException, InterruptedException {
    return get(path, true);
  }

  private Reply get(String path, boolean signedIn) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .GET();
    if (signedIn) {
      request.header("Authorization", basic());
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(response.statusCode(), response.body());
  }

  Reply post(String path, String json, String idempotencyKey)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", basic())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(response.statusCode(), response.body());
  }

  /**
   * Drops and makes the database NAME on the server of it.mysql.url; its JDBC URL, with the same
   * parameters.
   */
  static String freshDatabase(String name) throws java.sql.SQLException {
    String url = com.wuye.complaints.lifecycle.MariaDb.url();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(jdbc:mysql://[^/]+/)([^?]+)(.*)").matcher(url);
    if (!m.matches()) {
      throw new IllegalStateException("not a MySQL JDBC URL: " + url);
    }
    try (java.sql.Connection c = connect(m.group(1) + m.group(2) + m.group(3));
        java.sql.Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name);
      s.execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
    }
    return m.group(1) + name + m.group(3);
  }

  /** A connection as the test's database user (it.mysql.user / it.mysql.password). */
  static java.sql.Connection connect(String url) throws java.sql.SQLException {
    return java.sql.DriverManager.getConnection(
        url,
        System.getProperty("it.mysql.user", "root"),
        System.getProperty("it.mysql.password", ""));
  }

  /**
   * A CLEANING complaint at community huayuan, building D{place}, from a phone derived from the key
   * (complaints at different places are different issues: none is raised at intake, R-SEV-HOT).
   */
  static String complaint(String key, long place) {
    String phone = "136" + String.format("%08d", Math.abs(key.hashCode()) % 100_000_000);
    return "{\"channel\":\"APP\",\"complainant\":{\"name\":\"演练业主\",\"phone\":\""
        + phone
        + "\"},"
        + "\"location\":{\"community\":\"huayuan\",\"building\":\"D"
        + place
        + "\",\"unit\":\"1\",\"room\":\"101\"},"
        + "\"category\":\"CLEANING\",\"description\":\"演练投诉 "
        + key
        + "\"}";
  }

  private static String basic() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** kill -9: no shutdown hooks, no graceful stop. */
  void crash() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
