package org.planmetrics.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The server's command-line flags as picocli reads them, for example {@code --port 8080 --plans
 * plans/}: the values as written, in the order given, checked only when {@link
 * ServerSettings#from(ServerOptions, java.util.Map)} turns them into settings. So a flag given
 * twice is checked both times and the last one wins, and every message about a value is worded
 * in one place, {@link ServerSettings}. The command line's {@code serve} command mixes these in;
 * {@link ServerSettings#from(String[], java.util.Map)} parses them alone.
 */
public final class ServerOptions {

  /** A whole-number flag as written: which setting, and the text after it. */
  record Written(ServerSettings.Numeric setting, String value) {}

  private final List<Written> numbers = new ArrayList<>();
  private final List<Path> plans = new ArrayList<>();
  private final List<String> corsOrigins = new ArrayList<>();
  private String apiToken;

  public ServerOptions() {}

  List<Written> numbers() {
    return numbers;
  }

  List<Path> plans() {
    return plans;
  }

  List<String> corsOrigins() {
    return corsOrigins;
  }

  /** The token as written, or null. */
  String apiToken() {
    return apiToken;
  }

  @Option(names = "--port", paramLabel = "N", order = 1, description = {
      "监听端口;0 表示任选一个空闲端口 / port to listen on; 0 picks a free one",
      "(env PLAN_API_PORT, default 7070)"})
  void port(String value) {
    numbers.add(new Written(ServerSettings.Numeric.PORT, value));
  }

  @Option(names = "--plans", paramLabel = "PATH", order = 2, description = {
      "另一个方案文件,或放 *.json 方案文件的文件夹;可重复 / a plan file, or a folder of *.json"
          + " plan files; repeatable",
      "(env PLAN_API_PLANS, paths separated by ':'; the bundled plan is always served)"})
  void plans(String value) {
    plans.add(Path.of(value));
  }

  @Option(names = "--max-plan-file-bytes", paramLabel = "N", order = 3, description = {
      "方案文件的最大字节数 / largest plan file, in bytes (and at most one JSON value per 16"
          + " bytes of it); a larger one stops start-up",
      "(env PLAN_API_MAX_PLAN_FILE_BYTES, default 4194304 = 4 MiB)"})
  void maxPlanFileBytes(String value) {
    numbers.add(new Written(ServerSettings.Numeric.MAX_PLAN_FILE_BYTES, value));
  }

  @Option(names = "--max-body-bytes", paramLabel = "N", order = 4, description = {
      "largest request body (env PLAN_API_MAX_BODY_BYTES, default 1048576)"})
  void maxBodyBytes(String value) {
    numbers.add(new Written(ServerSettings.Numeric.MAX_BODY_BYTES, value));
  }

  @Option(names = "--max-projects", paramLabel = "N", order = 5, description = {
      "most projects in one request (env PLAN_API_MAX_PROJECTS, default 10000)"})
  void maxProjects(String value) {
    numbers.add(new Written(ServerSettings.Numeric.MAX_PROJECTS, value));
  }

  @Option(names = "--max-events", paramLabel = "N", order = 6, description = {
      "most events in one request (env PLAN_API_MAX_EVENTS, default 10000)"})
  void maxEvents(String value) {
    numbers.add(new Written(ServerSettings.Numeric.MAX_EVENTS, value));
  }

  @Option(names = "--cors-origin", paramLabel = "ORIGIN", order = 7, description = {
      "allow cross-origin calls from ORIGIN, or * for any; repeatable",
      "(env PLAN_API_CORS_ORIGINS, comma-separated; default: CORS off)"})
  void corsOrigin(String value) {
    corsOrigins.add(value);
  }

  @Option(names = "--response-cache-bytes", paramLabel = "N", order = 8, description = {
      "room for answers to repeated scorecard and assessment requests",
      "(env PLAN_API_RESPONSE_CACHE_BYTES, default 16777216; 0 = off)"})
  void responseCacheBytes(String value) {
    numbers.add(new Written(ServerSettings.Numeric.RESPONSE_CACHE_BYTES, value));
  }

  @Option(names = "--max-concurrent-assessments", paramLabel = "N", order = 9, description = {
      "scorecards and assessments computed at once; more wait up to 30 s, then get 503",
      "(env PLAN_API_MAX_CONCURRENT_ASSESSMENTS, default: the number of processors)"})
  void maxConcurrentAssessments(String value) {
    numbers.add(new Written(ServerSettings.Numeric.MAX_CONCURRENT_ASSESSMENTS, value));
  }

  @Option(names = "--max-in-flight-bytes", paramLabel = "N", order = 10, description = {
      "memory for request bodies being read or answered; a body that does not fit gets 503",
      "(env PLAN_API_MAX_IN_FLIGHT_BYTES, default 33554432)"})
  void maxInFlightBytes(String value) {
    numbers.add(new Written(ServerSettings.Numeric.MAX_IN_FLIGHT_BYTES, value));
  }

  @Option(names = "--body-timeout", paramLabel = "S", order = 11, description = {
      "seconds a client has to send its whole body, else 408",
      "(env PLAN_API_BODY_TIMEOUT, default 30)"})
  void bodyTimeout(String value) {
    numbers.add(new Written(ServerSettings.Numeric.BODY_TIMEOUT, value));
  }

  @Option(names = "--idle-timeout", paramLabel = "S", order = 12, description = {
      "seconds a connection may send nothing before it is closed",
      "(env PLAN_API_IDLE_TIMEOUT, default 10)"})
  void idleTimeout(String value) {
    numbers.add(new Written(ServerSettings.Numeric.IDLE_TIMEOUT, value));
  }

  @Option(names = "--shutdown-grace", paramLabel = "S", order = 13, description = {
      "on SIGTERM, seconds to finish requests in flight before exit",
      "(env PLAN_API_SHUTDOWN_GRACE, default 20)"})
  void shutdownGrace(String value) {
    numbers.add(new Written(ServerSettings.Numeric.SHUTDOWN_GRACE, value));
  }

  @Option(names = "--api-token", paramLabel = "TOKEN", order = 14, description = {
      "POST 请求须带 'Authorization: Bearer TOKEN' / POST requests must carry 'Authorization:"
          + " Bearer TOKEN'; GET stays open",
      "(env PLAN_API_TOKEN, which keeps the token out of the process list; default: no token)"})
  void apiToken(String value) {
    apiToken = value;
  }
}
