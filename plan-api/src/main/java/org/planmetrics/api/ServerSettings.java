package org.planmetrics.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How the server runs: port, extra plan files, request limits, CORS, the response cache and how
 * many assessments compute at once. Read
 * from command-line flags, then environment variables for what the flags leave out, then the
 * defaults:
 *
 * <pre>
 * --port N                 PLAN_API_PORT              7070
 * --plans PATH (repeat)    PLAN_API_PLANS (a:b)       none (the bundled plan is always served)
 * --max-body-bytes N       PLAN_API_MAX_BODY_BYTES    1048576 (1 MiB)
 * --max-projects N         PLAN_API_MAX_PROJECTS      10000
 * --max-events N           PLAN_API_MAX_EVENTS        10000
 * --cors-origin O (repeat) PLAN_API_CORS_ORIGINS (,)  none: CORS is off; "*" allows any origin
 * --response-cache-bytes N PLAN_API_RESPONSE_CACHE_BYTES
 *                                                     16777216 (16 MiB); 0 turns it off
 * --max-concurrent-assessments N
 *                          PLAN_API_MAX_CONCURRENT_ASSESSMENTS
 *                                                     the number of processors
 * </pre>
 */
public final class ServerSettings {

  public static final String USAGE = String.join("\n",
      "Usage: java -jar plan-api-all.jar [options]",
      "",
      "Serves the bundled plan gongqingcheng-2022, and any plan files given, over HTTP.",
      "",
      "  --port N               port to listen on (env PLAN_API_PORT, default 7070; 0 picks one)",
      "  --plans PATH           a plan file, or a folder of *.json plan files; repeatable",
      "                         (env PLAN_API_PLANS, paths separated by ':')",
      "  --max-body-bytes N     largest request body (env PLAN_API_MAX_BODY_BYTES, default 1048576)",
      "  --max-projects N       most projects in one request (env PLAN_API_MAX_PROJECTS, default 10000)",
      "  --max-events N         most events in one request (env PLAN_API_MAX_EVENTS, default 10000)",
      "  --cors-origin ORIGIN   allow cross-origin calls from ORIGIN, or * for any; repeatable",
      "                         (env PLAN_API_CORS_ORIGINS, comma-separated; default: CORS off)",
      "  --response-cache-bytes N",
      "                         room for answers to repeated scorecard and assessment requests",
      "                         (env PLAN_API_RESPONSE_CACHE_BYTES, default 16777216; 0 = off)",
      "  --max-concurrent-assessments N",
      "                         scorecards and assessments computed at once; more wait up to",
      "                         30 s, then get 503 (env PLAN_API_MAX_CONCURRENT_ASSESSMENTS,",
      "                         default: the number of processors)",
      "  --help                 print this and exit");

  private final int port;
  private final List<Path> planPaths;
  private final long maxBodyBytes;
  private final int maxProjects;
  private final int maxEvents;
  private final List<String> corsOrigins;
  private final long responseCacheBytes;
  private final int maxConcurrentAssessments;

  private ServerSettings(int port, List<Path> planPaths, long maxBodyBytes, int maxProjects,
      int maxEvents, List<String> corsOrigins, long responseCacheBytes,
      int maxConcurrentAssessments) {
    this.port = port;
    this.planPaths = List.copyOf(planPaths);
    this.maxBodyBytes = maxBodyBytes;
    this.maxProjects = maxProjects;
    this.maxEvents = maxEvents;
    this.corsOrigins = List.copyOf(corsOrigins);
    this.responseCacheBytes = responseCacheBytes;
    this.maxConcurrentAssessments = maxConcurrentAssessments;
  }

  /**
   * The defaults: port 7070, no extra plans, 1 MiB bodies, 10,000 projects and events, no CORS,
   * 16 MiB of cached answers, as many assessments at once as there are processors.
   */
  public static ServerSettings defaults() {
    return new ServerSettings(7070, List.of(), 1L << 20, 10_000, 10_000, List.of(), 16L << 20,
        Runtime.getRuntime().availableProcessors());
  }

  /**
   * Settings from {@code args}, falling back to {@code env} and then the defaults.
   *
   * @throws IllegalArgumentException naming the flag or variable and the bad value
   */
  public static ServerSettings from(String[] args, Map<String, String> env) {
    ServerSettings d = defaults();
    Integer port = null;
    List<Path> plans = new ArrayList<>();
    Long maxBody = null;
    Integer maxProjects = null;
    Integer maxEvents = null;
    List<String> cors = new ArrayList<>();
    Long cacheBytes = null;
    Integer concurrent = null;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (!flag.startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("unknown or incomplete option '" + flag + "'\n\n" + USAGE);
      }
      String value = args[++i];
      switch (flag) {
        case "--port":
          port = (int) number(flag, value, 0, 65_535);
          break;
        case "--plans":
          plans.add(Path.of(value));
          break;
        case "--max-body-bytes":
          maxBody = number(flag, value, 1, Integer.MAX_VALUE);
          break;
        case "--max-projects":
          maxProjects = (int) number(flag, value, 0, 10_000_000);
          break;
        case "--max-events":
          maxEvents = (int) number(flag, value, 0, 10_000_000);
          break;
        case "--cors-origin":
          cors.add(value);
          break;
        case "--response-cache-bytes":
          cacheBytes = number(flag, value, 0, Integer.MAX_VALUE);
          break;
        case "--max-concurrent-assessments":
          concurrent = (int) number(flag, value, 1, 10_000);
          break;
        default:
          throw new IllegalArgumentException("unknown option '" + flag + "'\n\n" + USAGE);
      }
    }
    if (port == null && env.containsKey("PLAN_API_PORT")) {
      port = (int) number("PLAN_API_PORT", env.get("PLAN_API_PORT"), 0, 65_535);
    }
    if (plans.isEmpty() && env.containsKey("PLAN_API_PLANS")) {
      Arrays.stream(env.get("PLAN_API_PLANS").split(":")).filter(s -> !s.isBlank())
          .map(Path::of).forEach(plans::add);
    }
    if (maxBody == null && env.containsKey("PLAN_API_MAX_BODY_BYTES")) {
      maxBody = number("PLAN_API_MAX_BODY_BYTES", env.get("PLAN_API_MAX_BODY_BYTES"), 1,
          Integer.MAX_VALUE);
    }
    if (maxProjects == null && env.containsKey("PLAN_API_MAX_PROJECTS")) {
      maxProjects = (int) number("PLAN_API_MAX_PROJECTS", env.get("PLAN_API_MAX_PROJECTS"), 0,
          10_000_000);
    }
    if (maxEvents == null && env.containsKey("PLAN_API_MAX_EVENTS")) {
      maxEvents = (int) number("PLAN_API_MAX_EVENTS", env.get("PLAN_API_MAX_EVENTS"), 0,
          10_000_000);
    }
    if (cors.isEmpty() && env.containsKey("PLAN_API_CORS_ORIGINS")) {
      Arrays.stream(env.get("PLAN_API_CORS_ORIGINS").split(",")).map(String::trim)
          .filter(s -> !s.isEmpty()).forEach(cors::add);
    }
    if (cacheBytes == null && env.containsKey("PLAN_API_RESPONSE_CACHE_BYTES")) {
      cacheBytes = number("PLAN_API_RESPONSE_CACHE_BYTES", env.get("PLAN_API_RESPONSE_CACHE_BYTES"),
          0, Integer.MAX_VALUE);
    }
    if (concurrent == null && env.containsKey("PLAN_API_MAX_CONCURRENT_ASSESSMENTS")) {
      concurrent = (int) number("PLAN_API_MAX_CONCURRENT_ASSESSMENTS",
          env.get("PLAN_API_MAX_CONCURRENT_ASSESSMENTS"), 1, 10_000);
    }
    return new ServerSettings(port != null ? port : d.port, plans,
        maxBody != null ? maxBody : d.maxBodyBytes,
        maxProjects != null ? maxProjects : d.maxProjects,
        maxEvents != null ? maxEvents : d.maxEvents, cors,
        cacheBytes != null ? cacheBytes : d.responseCacheBytes,
        concurrent != null ? concurrent : d.maxConcurrentAssessments);
  }

  private static long number(String name, String value, long min, long max) {
    long n;
    try {
      n = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + name + "' must be a whole number but was '" + value
          + "'");
    }
    if (n < min || n > max) {
      throw new IllegalArgumentException("'" + name + "' must be between " + min + " and " + max
          + " but was " + n);
    }
    return n;
  }

  public int port() {
    return port;
  }

  public List<Path> planPaths() {
    return planPaths;
  }

  public long maxBodyBytes() {
    return maxBodyBytes;
  }

  public int maxProjects() {
    return maxProjects;
  }

  public int maxEvents() {
    return maxEvents;
  }

  /** Allowed origins; empty means CORS is off. */
  public List<String> corsOrigins() {
    return corsOrigins;
  }

  /** Room for cached scorecard and assessment answers, in bytes; 0 means no cache. */
  public long responseCacheBytes() {
    return responseCacheBytes;
  }

  public ServerSettings withPort(int newPort) {
    return new ServerSettings(newPort, planPaths, maxBodyBytes, maxProjects, maxEvents,
        corsOrigins, responseCacheBytes, maxConcurrentAssessments);
  }

  public ServerSettings withLimits(long newMaxBodyBytes, int newMaxProjects, int newMaxEvents) {
    return new ServerSettings(port, planPaths, newMaxBodyBytes, newMaxProjects, newMaxEvents,
        corsOrigins, responseCacheBytes, maxConcurrentAssessments);
  }

  public ServerSettings withCorsOrigins(List<String> origins) {
    return new ServerSettings(port, planPaths, maxBodyBytes, maxProjects, maxEvents, origins,
        responseCacheBytes, maxConcurrentAssessments);
  }

  public ServerSettings withResponseCacheBytes(long bytes) {
    requireAtLeast("responseCacheBytes", 0, bytes);
    return new ServerSettings(port, planPaths, maxBodyBytes, maxProjects, maxEvents,
        corsOrigins, bytes, maxConcurrentAssessments);
  }

  /** Scorecards and assessments computed at once; more requests wait their turn. */
  public int maxConcurrentAssessments() {
    return maxConcurrentAssessments;
  }

  public ServerSettings withMaxConcurrentAssessments(int assessments) {
    requireAtLeast("maxConcurrentAssessments", 1, assessments);
    return new ServerSettings(port, planPaths, maxBodyBytes, maxProjects, maxEvents,
        corsOrigins, responseCacheBytes, assessments);
  }

  private static void requireAtLeast(String name, long min, long value) {
    if (value < min) {
      throw new IllegalArgumentException("'" + name + "' must be at least " + min + " but was "
          + value);
    }
  }
}
