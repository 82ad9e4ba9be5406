package org.planmetrics.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planmetrics.model.json.PlanFiles;
import picocli.CommandLine;

/**
 * How the server runs: port, extra plan files and their size limit, request limits, CORS, the
 * response cache and how many assessments compute at once. Read
 * from command-line flags, then environment variables for what the flags leave out, then the
 * defaults:
 *
 * <pre>
 * --port N                 PLAN_API_PORT              7070
 * --plans PATH (repeat)    PLAN_API_PLANS (a:b)       none (the bundled plan is always served)
 * --max-plan-file-bytes N  PLAN_API_MAX_PLAN_FILE_BYTES
 *                                                     4194304 (4 MiB)
 * --max-body-bytes N       PLAN_API_MAX_BODY_BYTES    1048576 (1 MiB)
 * --max-projects N         PLAN_API_MAX_PROJECTS      10000
 * --max-events N           PLAN_API_MAX_EVENTS        10000
 * --cors-origin O (repeat) PLAN_API_CORS_ORIGINS (,)  none: CORS is off; "*" allows any origin
 * --response-cache-bytes N PLAN_API_RESPONSE_CACHE_BYTES
 *                                                     16777216 (16 MiB); 0 turns it off
 * --max-concurrent-assessments N
 *                          PLAN_API_MAX_CONCURRENT_ASSESSMENTS
 *                                                     the number of processors
 * --max-in-flight-bytes N  PLAN_API_MAX_IN_FLIGHT_BYTES
 *                                                     33554432 (32 MiB)
 * --body-timeout S         PLAN_API_BODY_TIMEOUT      30 (seconds)
 * --idle-timeout S         PLAN_API_IDLE_TIMEOUT      10 (seconds)
 * --shutdown-grace S       PLAN_API_SHUTDOWN_GRACE    20 (seconds)
 * --api-token TOKEN        PLAN_API_TOKEN             none: POST needs no token
 * </pre>
 *
 * <p>docs/reliability.md gives the reason for each default and how it was tested.
 */
public final class ServerSettings {

  private final int port;
  private final List<Path> planPaths;
  private final long maxBodyBytes;
  private final int maxProjects;
  private final int maxEvents;
  private final List<String> corsOrigins;
  private final long responseCacheBytes;
  private final int maxConcurrentAssessments;
  private final long maxInFlightBytes;
  private final Duration bodyTimeout;
  private final Duration idleTimeout;
  private final Duration shutdownGrace;
  private final long maxPlanFileBytes;
  /** Never logged nor printed; see {@link #apiToken()}. */
  private final Optional<String> apiToken;

  private ServerSettings(int port, List<Path> planPaths, long maxBodyBytes, int maxProjects,
      int maxEvents, List<String> corsOrigins, long responseCacheBytes,
      int maxConcurrentAssessments, long maxInFlightBytes, Duration bodyTimeout,
      Duration idleTimeout, Duration shutdownGrace, long maxPlanFileBytes) {
    this(port, planPaths, maxBodyBytes, maxProjects, maxEvents, corsOrigins, responseCacheBytes,
        maxConcurrentAssessments, maxInFlightBytes, bodyTimeout, idleTimeout, shutdownGrace,
        maxPlanFileBytes, Optional.empty());
  }

  private ServerSettings(int port, List<Path> planPaths, long maxBodyBytes, int maxProjects,
      int maxEvents, List<String> corsOrigins, long responseCacheBytes,
      int maxConcurrentAssessments, long maxInFlightBytes, Duration bodyTimeout,
      Duration idleTimeout, Duration shutdownGrace, long maxPlanFileBytes,
      Optional<String> apiToken) {
    this.apiToken = apiToken;
    this.port = port;
    this.planPaths = List.copyOf(planPaths);
    this.maxPlanFileBytes = maxPlanFileBytes;
    this.maxBodyBytes = maxBodyBytes;
    this.maxProjects = maxProjects;
    this.maxEvents = maxEvents;
    this.corsOrigins = List.copyOf(corsOrigins);
    this.responseCacheBytes = responseCacheBytes;
    this.maxConcurrentAssessments = maxConcurrentAssessments;
    this.maxInFlightBytes = maxInFlightBytes;
    this.bodyTimeout = bodyTimeout;
    this.idleTimeout = idleTimeout;
    this.shutdownGrace = shutdownGrace;
  }

  /**
   * The defaults: port 7070, no extra plans, 4 MiB plan files ({@link
   * PlanFiles#DEFAULT_MAX_BYTES}, which says why), 1 MiB bodies, 10,000 projects and events, no CORS,
   * 16 MiB of cached answers, as many assessments at once as there are processors, 32 MiB of
   * bodies in flight, 30 s to send a body, 10 s of silence before a connection is closed and 20 s
   * to finish requests in flight on shutdown.
   */
  public static ServerSettings defaults() {
    return new ServerSettings(7070, List.of(), 1L << 20, 10_000, 10_000, List.of(), 16L << 20,
        Runtime.getRuntime().availableProcessors(), 32L << 20, Duration.ofSeconds(30),
        Duration.ofSeconds(10), Duration.ofSeconds(20), PlanFiles.DEFAULT_MAX_BYTES);
  }

  /**
   * Settings from {@code args}, falling back to {@code env} and then the defaults. The flags are
   * read by picocli into {@link ServerOptions}; an unknown flag, or one without its value, is
   * refused with the usage of the {@code serve} command.
   *
   * @throws IllegalArgumentException naming the flag or variable and the bad value
   */
  public static ServerSettings from(String[] args, Map<String, String> env) {
    ServerOptions options = new ServerOptions();
    CommandLine line = new CommandLine(options).setCommandName("plan-metrics serve")
        .setOverwrittenOptionsAllowed(true);
    try {
      line.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new IllegalArgumentException(e.getMessage() + "\n\n" + line.getUsageMessage(
          CommandLine.Help.Ansi.OFF));
    }
    return from(options, env);
  }

  /**
   * Settings from the flags picocli read into {@code options}, falling back to {@code env} and
   * then the defaults. Each flag's value is checked where it stands, so a flag given twice must be
   * valid both times, and the last one wins; the variables are checked after all flags, only for
   * what the flags left out.
   *
   * @throws IllegalArgumentException naming the flag or variable and the bad value
   */
  public static ServerSettings from(ServerOptions options, Map<String, String> env) {
    ServerSettings d = defaults();
    Map<Numeric, Long> numbers = new EnumMap<>(Numeric.class);
    for (ServerOptions.Written written : options.numbers()) {
      numbers.put(written.setting(), written.setting().parse(written.setting().flag,
          written.value()));
    }
    List<Path> plans = new ArrayList<>(options.plans());
    List<String> cors = new ArrayList<>(options.corsOrigins());
    for (Numeric numeric : Numeric.values()) {
      if (!numbers.containsKey(numeric) && env.containsKey(numeric.variable)) {
        numbers.put(numeric, numeric.parse(numeric.variable, env.get(numeric.variable)));
      }
    }
    if (plans.isEmpty() && env.containsKey("PLAN_API_PLANS")) {
      Arrays.stream(env.get("PLAN_API_PLANS").split(":")).filter(s -> !s.isBlank())
          .map(Path::of).forEach(plans::add);
    }
    if (cors.isEmpty() && env.containsKey("PLAN_API_CORS_ORIGINS")) {
      Arrays.stream(env.get("PLAN_API_CORS_ORIGINS").split(",")).map(String::trim)
          .filter(s -> !s.isEmpty()).forEach(cors::add);
    }
    ServerSettings settings = new ServerSettings(
        Math.toIntExact(numbers.getOrDefault(Numeric.PORT, (long) d.port)), plans,
        numbers.getOrDefault(Numeric.MAX_BODY_BYTES, d.maxBodyBytes),
        Math.toIntExact(numbers.getOrDefault(Numeric.MAX_PROJECTS, (long) d.maxProjects)),
        Math.toIntExact(numbers.getOrDefault(Numeric.MAX_EVENTS, (long) d.maxEvents)), cors,
        numbers.getOrDefault(Numeric.RESPONSE_CACHE_BYTES, d.responseCacheBytes),
        Math.toIntExact(numbers.getOrDefault(Numeric.MAX_CONCURRENT_ASSESSMENTS,
            (long) d.maxConcurrentAssessments)),
        numbers.getOrDefault(Numeric.MAX_IN_FLIGHT_BYTES, d.maxInFlightBytes),
        seconds(numbers, Numeric.BODY_TIMEOUT, d.bodyTimeout),
        seconds(numbers, Numeric.IDLE_TIMEOUT, d.idleTimeout),
        seconds(numbers, Numeric.SHUTDOWN_GRACE, d.shutdownGrace),
        numbers.getOrDefault(Numeric.MAX_PLAN_FILE_BYTES, d.maxPlanFileBytes));
    String token = options.apiToken() != null ? checkToken("--api-token", options.apiToken())
        : env.containsKey("PLAN_API_TOKEN") ? checkToken("PLAN_API_TOKEN",
            env.get("PLAN_API_TOKEN")) : null;
    if (token != null) {
      settings = settings.withApiToken(token);
    }
    if (settings.maxInFlightBytes < RequestBodyGate.COPIES_PER_BODY * settings.maxBodyBytes) {
      // Otherwise a body of the largest size allowed could never be admitted.
      throw new IllegalArgumentException("'--max-in-flight-bytes' must be at least "
          + RequestBodyGate.COPIES_PER_BODY + " × '--max-body-bytes' ("
          + RequestBodyGate.COPIES_PER_BODY * settings.maxBodyBytes + ") but was "
          + settings.maxInFlightBytes);
    }
    return settings;
  }

  /** The usage of the flags, as {@code serve --help} prints it. */
  public static String usage() {
    return new CommandLine(new ServerOptions()).setCommandName("plan-metrics serve")
        .getUsageMessage(CommandLine.Help.Ansi.OFF);
  }

  private static Duration seconds(Map<Numeric, Long> numbers, Numeric setting,
      Duration fallback) {
    Long value = numbers.get(setting);
    return value == null ? fallback : Duration.ofSeconds(value);
  }

  /**
   * The whole-number settings, each with its flag, variable and range, named once. A flag is
   * checked where it stands (so a repeated flag's every value must be valid, and the last wins);
   * the variables are checked after all flags, in this order, only for what the flags left out.
   */
  enum Numeric {
    PORT("--port", "PLAN_API_PORT", 0, 65_535),
    MAX_BODY_BYTES("--max-body-bytes", "PLAN_API_MAX_BODY_BYTES", 1, Integer.MAX_VALUE),
    MAX_PROJECTS("--max-projects", "PLAN_API_MAX_PROJECTS", 0, 10_000_000),
    MAX_EVENTS("--max-events", "PLAN_API_MAX_EVENTS", 0, 10_000_000),
    RESPONSE_CACHE_BYTES("--response-cache-bytes", "PLAN_API_RESPONSE_CACHE_BYTES", 0,
        Integer.MAX_VALUE),
    MAX_CONCURRENT_ASSESSMENTS("--max-concurrent-assessments",
        "PLAN_API_MAX_CONCURRENT_ASSESSMENTS", 1, 10_000),
    MAX_IN_FLIGHT_BYTES("--max-in-flight-bytes", "PLAN_API_MAX_IN_FLIGHT_BYTES", 1,
        Integer.MAX_VALUE),
    BODY_TIMEOUT("--body-timeout", "PLAN_API_BODY_TIMEOUT", 1, 3_600),
    IDLE_TIMEOUT("--idle-timeout", "PLAN_API_IDLE_TIMEOUT", 1, 3_600),
    SHUTDOWN_GRACE("--shutdown-grace", "PLAN_API_SHUTDOWN_GRACE", 0, 3_600),
    MAX_PLAN_FILE_BYTES("--max-plan-file-bytes", "PLAN_API_MAX_PLAN_FILE_BYTES", 1,
        PlanFiles.LARGEST_MAX_BYTES);

    final String flag;
    final String variable;
    final long min;
    final long max;

    Numeric(String flag, String variable, long min, long max) {
      this.flag = flag;
      this.variable = variable;
      this.min = min;
      this.max = max;
    }

    long parse(String name, String value) {
      return number(name, value, min, max);
    }

    long check(String name, long value) {
      return inRange(name, value, min, max);
    }
  }

  private static long number(String name, String value, long min, long max) {
    long n;
    try {
      n = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + name + "' must be a whole number but was '" + value
          + "'");
    }
    return inRange(name, n, min, max);
  }

  private static long inRange(String name, long n, long min, long max) {
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
        corsOrigins, responseCacheBytes, maxConcurrentAssessments, maxInFlightBytes,
        bodyTimeout, idleTimeout, shutdownGrace, maxPlanFileBytes, apiToken);
  }

  public ServerSettings withLimits(long newMaxBodyBytes, int newMaxProjects, int newMaxEvents) {
    return new ServerSettings(port, planPaths, newMaxBodyBytes, newMaxProjects, newMaxEvents,
        corsOrigins, responseCacheBytes, maxConcurrentAssessments, maxInFlightBytes,
        bodyTimeout, idleTimeout, shutdownGrace, maxPlanFileBytes, apiToken);
  }

  public ServerSettings withCorsOrigins(List<String> origins) {
    return new ServerSettings(port, planPaths, maxBodyBytes, maxProjects, maxEvents, origins,
        responseCacheBytes, maxConcurrentAssessments, maxInFlightBytes, bodyTimeout, idleTimeout,
        shutdownGrace, maxPlanFileBytes, apiToken);
  }

  public ServerSettings withResponseCacheBytes(long bytes) {
    requireAtLeast("responseCacheBytes", 0, bytes);
    return new ServerSettings(port, planPaths, maxBodyBytes, maxProjects, maxEvents,
        corsOrigins, bytes, maxConcurrentAssessments, maxInFlightBytes, bodyTimeout, idleTimeout,
        shutdownGrace, maxPlanFileBytes, apiToken);
  }

  /** Scorecards and assessments computed at once; more requests wait their turn. */
  public int maxConcurrentAssessments() {
    return maxConcurrentAssessments;
  }

  public ServerSettings withMaxConcurrentAssessments(int assessments) {
    requireAtLeast("maxConcurrentAssessments", 1, assessments);
    return new ServerSettings(port, planPaths, maxBodyBytes, maxProjects, maxEvents,
        corsOrigins, responseCacheBytes, assessments, maxInFlightBytes, bodyTimeout, idleTimeout,
        shutdownGrace, maxPlanFileBytes, apiToken);
  }

  /**
   * The memory, in bytes, that request bodies may hold while they are read, checked and answered
   * (each counted twice: the server's copy and the application's); a body that does not fit gets a
   * 503 problem.
   */
  public long maxInFlightBytes() {
    return maxInFlightBytes;
  }

  /** How long a client has, from its headers, to send its whole body; then it gets 408. */
  public Duration bodyTimeout() {
    return bodyTimeout;
  }

  /** How long a connection may send nothing, mid-request or between requests, before it is closed. */
  public Duration idleTimeout() {
    return idleTimeout;
  }

  /** How long a stopping server waits for requests in flight to finish. */
  public Duration shutdownGrace() {
    return shutdownGrace;
  }

  /** These settings with other bounds for bodies in flight, body reads and idle connections. */
  public ServerSettings withBodyBounds(long newMaxInFlightBytes, Duration newBodyTimeout,
      Duration newIdleTimeout) {
    requireAtLeast("maxInFlightBytes", 1, newMaxInFlightBytes);
    requireAtLeast("bodyTimeout (ms)", 1, newBodyTimeout.toMillis());
    requireAtLeast("idleTimeout (ms)", 1, newIdleTimeout.toMillis());
    return new ServerSettings(port, planPaths, maxBodyBytes, maxProjects, maxEvents,
        corsOrigins, responseCacheBytes, maxConcurrentAssessments, newMaxInFlightBytes,
        newBodyTimeout, newIdleTimeout, shutdownGrace, maxPlanFileBytes, apiToken);
  }

  public ServerSettings withShutdownGrace(Duration grace) {
    requireAtLeast("shutdownGrace (ms)", 0, grace.toMillis());
    return new ServerSettings(port, planPaths, maxBodyBytes, maxProjects, maxEvents,
        corsOrigins, responseCacheBytes, maxConcurrentAssessments, maxInFlightBytes, bodyTimeout,
        idleTimeout, grace, maxPlanFileBytes, apiToken);
  }

  /**
   * The token POST requests must carry as {@code Authorization: Bearer <token>}, if one is set;
   * GET requests need none. It is never logged, printed or echoed in an answer.
   */
  public Optional<String> apiToken() {
    return apiToken;
  }

  /**
   * These settings with {@code token} required on POST requests.
   *
   * @throws IllegalArgumentException if {@code token} is blank or has a character a header
   *     cannot carry
   */
  public ServerSettings withApiToken(String token) {
    return new ServerSettings(port, planPaths, maxBodyBytes, maxProjects, maxEvents,
        corsOrigins, responseCacheBytes, maxConcurrentAssessments, maxInFlightBytes, bodyTimeout,
        idleTimeout, shutdownGrace, maxPlanFileBytes, Optional.of(checkToken("apiToken", token)));
  }

  /**
   * {@code token} if it can be a bearer token (RFC 6750 §2.1: letters, digits and {@code
   * -._~+/}, then {@code =}s); the message names {@code name} but never the token itself.
   */
  private static String checkToken(String name, String token) {
    if (!token.matches("[A-Za-z0-9\\-._~+/]+=*")) {
      throw new IllegalArgumentException("'" + name + "' must be a bearer token: letters, digits"
          + " and -._~+/ (then any '='), not empty");
    }
    return token;
  }

  /** The most bytes read from each plan file given with {@code --plans}. */
  public long maxPlanFileBytes() {
    return maxPlanFileBytes;
  }

  /**
   * These settings with another plan file limit.
   *
   * @throws IllegalArgumentException if {@code bytes} is not between 1 and {@link
   *     PlanFiles#LARGEST_MAX_BYTES}
   */
  public ServerSettings withMaxPlanFileBytes(long bytes) {
    Numeric.MAX_PLAN_FILE_BYTES.check("maxPlanFileBytes", bytes);
    return new ServerSettings(port, planPaths, maxBodyBytes, maxProjects, maxEvents,
        corsOrigins, responseCacheBytes, maxConcurrentAssessments, maxInFlightBytes, bodyTimeout,
        idleTimeout, shutdownGrace, bytes, apiToken);
  }

  private static void requireAtLeast(String name, long min, long value) {
    if (value < min) {
      throw new IllegalArgumentException("'" + name + "' must be at least " + min + " but was "
          + value);
    }
  }
}
