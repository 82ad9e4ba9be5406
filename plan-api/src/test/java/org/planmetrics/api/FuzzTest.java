package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.PlainWords;
import org.quicktheories.core.Gen;

/**
 * Fuzzing: each POST endpoint receives 10,000 generated bodies over real HTTP, sent to one server
 * started for the class. No answer may be a 5xx; every 4xx must be an RFC 9457 problem whose
 * errors point (JSON Pointer) at the field at fault; the server must stay healthy.
 *
 * <p>The bodies are generated with QuickTheories from a fixed seed ({@link #SEED}); a failure
 * names the seed and the generated case, so it replays. Each case is a kind (random JSON, the
 * example observations with one field broken, wrong types, deep nesting, huge strings, huge
 * numbers, NaN/Infinity, duplicate keys, invalid UTF-8, raw byte damage) and a sub-seed from which
 * the body is built deterministically.
 */
class FuzzTest {

  static final long SEED = 0x5EED_2022_0601L;
  static final int EXAMPLES = 10_000;
  static final String ASSESSMENT = ApiCalls.PLAN + "/targets/fdi-cumulative/assessment";

  /** Validate every n-th response against the OpenAPI document as well. */
  private static final int CONTRACT_SAMPLE = 50;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static Javalin app;
  private static HttpClient client;
  private static String base;
  private static ObjectNode example;

  @BeforeAll
  static void startServer() throws Exception {
    // One line per request at INFO would be 20,000 lines; errors are still logged.
    System.setProperty("org.slf4j.simpleLogger.log.org.planmetrics.api.PlanApi", "warn");
    app = PlanServer.start(PlanCatalog.bundled(), ServerSettings.defaults().withPort(0));
    base = "http://localhost:" + app.port();
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    example = (ObjectNode) MAPPER.readTree(ApiCalls.exampleObservations());
  }

  @AfterAll
  static void stopServer() {
    if (app != null) {
      app.stop();
    }
  }

  @Test
  void scorecardSurvivesTenThousandGeneratedBodies() throws Exception {
    fuzz(ApiCalls.SCORECARD, SEED);
  }

  @Test
  void assessmentSurvivesTenThousandGeneratedBodies() throws Exception {
    fuzz(ASSESSMENT, SEED + 1);
  }

  private void fuzz(String path, long seed) throws Exception {
    AtomicInteger sent = new AtomicInteger();
    Map<Integer, AtomicInteger> statuses = new java.util.TreeMap<>();
    qt().withFixedSeed(seed).withExamples(EXAMPLES).withShrinkCycles(20)
        .forAll(cases())
        .checkAssert(c -> {
          int n = sent.incrementAndGet();
          long start = System.nanoTime();
          HttpResponse<String> response = post(path, c.body());
          NANOS_BY_KIND.computeIfAbsent(c.kind(), k -> new AtomicLong())
              .addAndGet(System.nanoTime() - start);
          statuses.computeIfAbsent(response.statusCode(), k -> new AtomicInteger())
              .incrementAndGet();
          checkResponse(path, seed, c, response, n % CONTRACT_SAMPLE == 0);
        });
    System.out.printf("FuzzTest %s: %d bodies, statuses %s (seed %d); ms by kind %s%n", path,
        sent.get(), statuses, seed, NANOS_BY_KIND.entrySet().stream().map(e ->
            e.getKey() + "=" + e.getValue().get() / 1_000_000).toList());
    assertThat(sent.get()).isGreaterThanOrEqualTo(EXAMPLES);
    HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/health"))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).as("health after fuzzing %s (seed %d)", path, seed)
        .isEqualTo(200);
    assertThat(health.body()).contains("UP");
  }

  private HttpResponse<String> post(String path, byte[] body) {
    try {
      return client.send(HttpRequest.newBuilder(URI.create(base + path))
          .timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new AssertionError("no answer to POST " + path + ": " + e, e);
    }
  }

  private static void checkResponse(String path, long seed, Case c, HttpResponse<String> response,
      boolean validateContract) {
    int status = response.statusCode();
    String type = response.headers().firstValue("Content-Type").orElse(null);
    String what = "seed " + seed + ", " + c + " -> " + status + " " + type + " "
        + abbreviate(response.body(), 600);
    assertThat(status).as("no 5xx; %s", what).isLessThan(500);
    if (validateContract) {
      long start = System.nanoTime();
      try {
        ApiCalls.contract().assertValidResponse("POST", path, status, type, response.body());
      } catch (AssertionError e) {
        throw new AssertionError("contract; " + what + ": " + e.getMessage(), e);
      }
      NANOS_BY_KIND.computeIfAbsent("contract-check", k -> new AtomicLong())
          .addAndGet(System.nanoTime() - start);
    }
    if (status < 400) {
      return;
    }
    assertThat(type).as("problem+json; %s", what).startsWith(ApiCalls.PROBLEM_JSON);
    JsonNode problem;
    try {
      problem = MAPPER.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError("problem is not JSON; " + what, e);
    }
    String slug = problem.path("type").asText();
    slug = slug.substring(slug.lastIndexOf('/') + 1);
    assertThat(problem.path("status").asInt()).as("status member; %s", what).isEqualTo(status);
    JsonNode errors = problem.path("errors");
    assertThat(errors.isArray() && errors.size() > 0).as("non-empty errors; %s", what).isTrue();
    boolean rootIsObject = c.rootIsObject();
    for (JsonNode error : errors) {
      String pointer = error.path("pointer").asText(null);
      assertThat(pointer).as("pointer present; %s", what).isNotNull();
      assertThat(pointer.isEmpty() || pointer.startsWith("/"))
          .as("pointer '%s' is a JSON Pointer; %s", pointer, what).isTrue();
      assertThat(error.path("message").asText()).as("message; %s", what).isNotBlank();
      assertThat(error.path("rule").asText()).as("rule; %s", what).isNotBlank();
      // Chinese by default, both languages beside it, and no Java or Jackson words in either.
      assertThat(error.path("message").asText()).as("message in Chinese; %s", what)
          .isEqualTo(error.path("messages").path("zh").asText());
      try {
        PlainWords.assertPlainQuoting(error.path("messages").path("zh").asText(),
            error.path("messages").path("en").asText());
      } catch (AssertionError e) {
        throw new AssertionError("plain words; " + what + ": " + e.getMessage(), e);
      }
      boolean fieldAtFault = status == 422 || (status == 400 && slug.equals("invalid-body"));
      if (fieldAtFault && rootIsObject) {
        assertThat(pointer).as("pointer names the field at fault; %s", what).isNotEmpty();
      }
    }
  }

  static final Map<String, AtomicLong> NANOS_BY_KIND =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Test
  void aTooLongStringIsPointedAt() {
    String body = "{\"asOf\":\"" + "x".repeat(100_001) + "\"}";
    HttpResponse<String> response = post(ApiCalls.SCORECARD,
        body.getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem;
    try {
      problem = MAPPER.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError(response.body(), e);
    }
    assertThat(problem.path("errors").get(0).path("pointer").asText()).as(response.body())
        .isEqualTo("/asOf");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"null", "\"\""})
  void aNullOrEmptySeriesValueIsA400NotA500(String value) {
    for (String path : List.of(ApiCalls.SCORECARD, ASSESSMENT)) {
      String body = "{\"asOf\":\"2023-06-30\",\"series\":{\"cash-fdi\":{\"2021\":" + value
          + "}}}";
      HttpResponse<String> response = post(path, body.getBytes(StandardCharsets.UTF_8));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(response.body()).contains("\"pointer\":\"/series/cash-fdi/2021\"");
    }
  }

  // ---- generation

  /** A generated body: its kind, the sub-seed it was built from, and a short description. */
  record Case(String kind, long subSeed, String description, byte[] body) {

    /** Whether the body, as text, starts with an object: only then can a field be at fault. */
    boolean rootIsObject() {
      for (byte b : body) {
        if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
          continue;
        }
        return b == '{';
      }
      return false;
    }

    @Override
    public String toString() {
      return "case " + kind + " (sub-seed " + subSeed + "): " + description + "; body "
          + body.length + " bytes: "
          + abbreviate(new String(body, StandardCharsets.UTF_8), 300);
    }
  }

  private static final String[] KINDS = {"random-json", "broken-field", "wrong-types",
      "deep-nesting", "huge-string", "huge-number", "nan-infinity", "duplicate-keys",
      "invalid-utf8", "raw-damage"};

  private static Gen<Case> cases() {
    Gen<Integer> kind = integers().between(0, KINDS.length - 1);
    Gen<Long> subSeed = longs().all();
    Gen<String> token = strings().allPossible().ofLengthBetween(0, 24);
    return kind.zip(subSeed, token, FuzzTest::build)
        .describedAs(Case::toString);
  }

  static Case build(int kind, long subSeed, String generatedToken) {
    // Lone surrogates cannot be written as UTF-8 JSON at all; invalid UTF-8 has its own kind.
    String token = generatedToken.codePoints()
        .map(cp -> Character.isSurrogate((char) cp) && cp <= 0xFFFF ? '?' : cp)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
    Random random = new Random(subSeed);
    StringBuilder description = new StringBuilder();
    byte[] body;
    switch (kind) {
      case 0 -> {
        JsonNode value = random.nextInt(4) == 0 ? randomValue(random, token, 0)
            : randomObject(random, token, 0);
        description.append("random JSON value");
        body = bytes(value);
      }
      case 1 -> body = bytes(brokenField(random, token, description));
      case 2 -> body = bytes(wrongTypes(random, token, description));
      case 3 -> body = deepNesting(random, description);
      case 4 -> body = hugeString(random, token, description);
      case 5 -> body = hugeNumber(random, description);
      case 6 -> body = nanOrInfinity(random, description);
      case 7 -> body = duplicateKeys(random, token, description);
      case 8 -> body = invalidUtf8(random, description);
      default -> body = rawDamage(random, description);
    }
    return new Case(KINDS[kind], subSeed, description.toString(), body);
  }

  private static final String[] FIELD_NAMES = {"asOf", "series", "projects", "peers", "ranks",
      "events", "id", "name", "signedOn", "investment", "industrial", "leadingIndustry",
      "strategicEmerging", "investorTypes", "kind", "date", "total", "growth", "totalRank",
      "growthRank", "peerCount", "foreign-capital-utilized", "cash-fdi", "2022", "2023-06"};

  private static JsonNode randomValue(Random random, String token, int depth) {
    int choice = random.nextInt(depth > 4 ? 7 : 9);
    return switch (choice) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.numberNode(random.nextInt());
      case 3 -> NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(20) - 10));
      case 4 -> NODES.textNode(token);
      case 5 -> NODES.textNode(randomDate(random));
      case 6 -> NODES.numberNode(new java.math.BigDecimal(random.nextLong())
          .movePointLeft(random.nextInt(60) - 30));
      case 7 -> randomObject(random, token, depth + 1);
      default -> {
        ArrayNode array = NODES.arrayNode();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
          array.add(randomValue(random, token, depth + 1));
        }
        yield array;
      }
    };
  }

  private static ObjectNode randomObject(Random random, String token, int depth) {
    ObjectNode object = NODES.objectNode();
    int size = random.nextInt(6);
    for (int i = 0; i < size; i++) {
      String key = random.nextInt(3) == 0 ? token : FIELD_NAMES[random.nextInt(FIELD_NAMES.length)];
      object.set(key, randomValue(random, token, depth + 1));
    }
    return object;
  }

  private static String randomDate(Random random) {
    String[] dates = {"2023-06-30", "2023-02-30", "2023-13-01", "30/06/2023", "2023-6-3", "",
        "1999-01-01", "2099-12-31", "0000-00-00", "+999999999-12-31", "2023-06-30T00:00:00Z",
        "yesterday", "2023-01-01T23:59:59", " 2023-01-01", "2023-01-01\u0000", "２０２３-01-01"};
    return dates[random.nextInt(dates.length)];
  }

  /** Every path in the example observations, as containers and member names or indexes. */
  private static void paths(JsonNode node, List<List<Object>> out, List<Object> prefix) {
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> {
        List<Object> path = new ArrayList<>(prefix);
        path.add(name);
        out.add(path);
        paths(node.get(name), out, path);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        List<Object> path = new ArrayList<>(prefix);
        path.add(i);
        out.add(path);
        paths(node.get(i), out, path);
      }
    }
  }

  private static JsonNode at(JsonNode root, List<Object> path, int length) {
    JsonNode node = root;
    for (int i = 0; i < length; i++) {
      Object step = path.get(i);
      node = step instanceof Integer index ? node.get(index) : node.get((String) step);
    }
    return node;
  }

  /** The example observations with exactly one field broken. */
  private static JsonNode brokenField(Random random, String token, StringBuilder description) {
    ObjectNode copy = example.deepCopy();
    List<List<Object>> all = new ArrayList<>();
    paths(copy, all, List.of());
    List<Object> path = all.get(random.nextInt(all.size()));
    JsonNode parent = at(copy, path, path.size() - 1);
    Object last = path.get(path.size() - 1);
    JsonNode old = at(copy, path, path.size());
    String[] breaks = {"wrong-type", "removed", "renamed", "bad-date", "bad-period-key",
        "negative", "huge", "token", "fraction", "int-edge", "same-period"};
    String how = breaks[random.nextInt(breaks.length)];
    description.append("example with ").append(path).append(' ').append(how);
    JsonNode replacement = switch (how) {
      case "wrong-type" -> old.isTextual() ? NODES.numberNode(random.nextInt(100))
          : old.isNumber() ? NODES.textNode(old.asText())
          : old.isBoolean() ? NODES.textNode("yes")
          : old.isArray() ? NODES.objectNode().put("0", 1)
          : old.isObject() ? NODES.arrayNode().add(1) : NODES.booleanNode(true);
      case "bad-date" -> NODES.textNode(randomDate(random));
      case "negative" -> old.isNumber() ? NODES.numberNode(old.decimalValue().negate())
          : NODES.numberNode(-1);
      case "huge" -> random.nextBoolean() ? NODES.numberNode(new java.math.BigDecimal("9e"
          + (random.nextInt(60) + 10))) : NODES.numberNode(Long.MAX_VALUE);
      case "token" -> NODES.textNode(token);
      // A rank of 5.99 was read as 5; counts near the int range overflowed tier sizes.
      case "fraction" -> NODES.numberNode(new java.math.BigDecimal(old.isNumber()
          ? old.asText() : "5").add(new java.math.BigDecimal("0.99")));
      case "int-edge" -> NODES.numberNode(new long[] {Integer.MAX_VALUE, Integer.MAX_VALUE + 1L,
          Integer.MIN_VALUE, 10_001, 0}[random.nextInt(5)]);
      default -> null;
    };
    if (parent instanceof ObjectNode object) {
      String name = (String) last;
      switch (how) {
        case "removed" -> object.remove(name);
        case "renamed" -> {
          object.remove(name);
          object.set(name + "_" + token, old);
        }
        case "same-period" -> {
          // "2022" and "2022-12" name one period; the answer depended on the key order.
          String twin = name.matches("\\d{4}") ? name + "-12"
              : name.matches("\\d{4}-12") ? name.substring(0, 4) : name;
          object.set(twin, old);
        }
        case "bad-period-key" -> {
          String[] keys = {"2022-13", "22", "2022-00", "2022/06", "2022-6", "abcd", "", token,
              "99999"};
          object.remove(name);
          object.set(keys[random.nextInt(keys.length)], old);
        }
        default -> object.set(name, replacement);
      }
    } else {
      ArrayNode array = (ArrayNode) parent;
      int index = (Integer) last;
      if (how.equals("removed") || how.equals("renamed") || how.equals("bad-period-key")
          || how.equals("same-period")) {
        array.remove(index);
        if (!how.equals("removed")) {
          array.add(replacement == null ? NODES.textNode(token) : replacement);
        }
      } else {
        array.set(index, replacement);
      }
    }
    return copy;
  }

  /** The example with a top-level member, or all of them, of the wrong JSON type. */
  private static JsonNode wrongTypes(Random random, String token, StringBuilder description) {
    ObjectNode copy = example.deepCopy();
    List<String> names = new ArrayList<>();
    copy.fieldNames().forEachRemaining(names::add);
    JsonNode[] wrong = {NODES.nullNode(), NODES.booleanNode(false), NODES.numberNode(7),
        NODES.textNode(token), NODES.arrayNode(), NODES.objectNode(), NODES.numberNode(-0.5)};
    if (random.nextInt(5) == 0) {
      description.append("every top-level member of a wrong type");
      for (String name : names) {
        copy.set(name, wrong[random.nextInt(wrong.length)]);
      }
    } else {
      String name = names.get(random.nextInt(names.size()));
      JsonNode value = wrong[random.nextInt(wrong.length)];
      description.append(name).append(" = ").append(value);
      copy.set(name, value);
    }
    return copy;
  }

  private static byte[] deepNesting(Random random, StringBuilder description) {
    int depth = 60 + random.nextInt(random.nextBoolean() ? 20 : 10_000);
    boolean arrays = random.nextBoolean();
    String where = new String[] {"root", "series", "peers", "projects"}[random.nextInt(4)];
    description.append(depth).append(" levels of ").append(arrays ? "arrays" : "objects")
        .append(" at ").append(where);
    StringBuilder nest = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      nest.append(arrays ? "[" : "{\"a\":");
    }
    nest.append('1');
    for (int i = 0; i < depth; i++) {
      nest.append(arrays ? "]" : "}");
    }
    String text = where.equals("root") ? nest.toString()
        : "{\"asOf\":\"2023-06-30\",\"" + where + "\":" + nest + "}";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] hugeString(Random random, String token, StringBuilder description) {
    int length = random.nextInt(4) > 0 ? 99_990 + random.nextInt(20)
        : 1_000 + random.nextInt(250_000);
    StringBuilder s = new StringBuilder(length);
    String unit = token.isEmpty() ? "x" : token.replace("\\", "").replace("\"", "");
    if (unit.isEmpty()) {
      unit = "y";
    }
    while (s.length() < length) {
      s.append(unit);
    }
    s.setLength(length);
    if (Character.isHighSurrogate(s.charAt(length - 1))) {
      s.setCharAt(length - 1, 'z');
    }
    String huge = NODES.textNode(s.toString()).toString();
    String[] places = {"asOf", "projects.id", "projects.name", "series-key", "key"};
    String place = places[random.nextInt(places.length)];
    description.append(length).append("-char string at ").append(place);
    String text = switch (place) {
      case "asOf" -> "{\"asOf\":" + huge + "}";
      case "projects.id" -> "{\"asOf\":\"2023-06-30\",\"projects\":[{\"id\":" + huge
          + ",\"signedOn\":\"2022-05-10\",\"investment\":1}]}";
      case "projects.name" -> "{\"asOf\":\"2023-06-30\",\"projects\":[{\"id\":\"P\",\"name\":"
          + huge + ",\"signedOn\":\"2022-05-10\",\"investment\":1}]}";
      case "series-key" -> "{\"asOf\":\"2023-06-30\",\"series\":{" + huge + ":{\"2022\":1}}}";
      default -> "{\"asOf\":\"2023-06-30\"," + huge + ":1}";
    };
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] hugeNumber(Random random, StringBuilder description) {
    String number = switch (random.nextInt(10)) {
      // Exponents beyond an int made Jackson throw an unwrapped NumberFormatException: 500.
      case 8 -> "1e" + (2_147_483_648L + random.nextInt(1_000));
      case 9 -> "-1e-" + (2_147_483_649L + random.nextInt(1_000));
      case 0 -> "1e" + (random.nextInt(999_999_999) + 1);
      case 1 -> "-1e-" + (random.nextInt(999_999_999) + 1);
      case 2 -> digits(random, 41 + random.nextInt(60));
      case 3 -> digits(random, 101 + random.nextInt(5_000));
      case 4 -> "0." + digits(random, 41 + random.nextInt(50));
      case 5 -> digits(random, 20) + "e" + (random.nextInt(80) - 40);
      case 6 -> String.valueOf(Long.MAX_VALUE) + "0";
      default -> "1E+2147483647";
    };
    return numberAtField(random, number, description);
  }

  private static String digits(Random random, int count) {
    StringBuilder s = new StringBuilder(count);
    s.append((char) ('1' + random.nextInt(9)));
    for (int i = 1; i < count; i++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    return s.toString();
  }

  private static byte[] nanOrInfinity(Random random, StringBuilder description) {
    String[] tokens = {"NaN", "Infinity", "-Infinity", "+Infinity", "inf", "-0", "+1", "01",
        ".5", "1.", "1e", "0x10", "\"NaN\"", "\"Infinity\""};
    return numberAtField(random, tokens[random.nextInt(tokens.length)], description);
  }

  /** The example text with one numeric value replaced by {@code raw} JSON text. */
  private static byte[] numberAtField(Random random, String raw, StringBuilder description) {
    String[] places = {"\"2021\": 2.035", "\"2022\": 2.21", "\"investment\": 120.5",
        "\"total\": 3.1", "\"growth\": 0.12", "\"totalRank\": 2", "\"peerCount\": 13",
        "\"2022-06\": 1.02"};
    String place = places[random.nextInt(places.length)];
    String replaced = place.substring(0, place.indexOf(':') + 2) + raw;
    description.append(place).append(" -> ").append(abbreviate(raw, 40));
    return ApiCalls.exampleObservations().replace(place, replaced)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] duplicateKeys(Random random, String token, StringBuilder description) {
    String text = ApiCalls.exampleObservations();
    String token2 = NODES.textNode(token).toString();
    String[][] duplicates = {
        {"\"asOf\": \"2023-06-30\",", "\"asOf\": \"2023-06-30\", \"asOf\": " + token2 + ","},
        {"\"asOf\": \"2023-06-30\",", "\"asOf\": \"2023-06-30\", \"asOf\": \"2022-01-01\","},
        {"\"2021\": 2.035,", "\"2021\": 2.035, \"2021\": -5,"},
        {"\"cash-fdi\": {\"2021\": 0.165}", "\"cash-fdi\": {\"2021\": 0.165}, \"cash-fdi\": 1"},
        {"\"id\": \"P-2022-001\",", "\"id\": \"P-2022-001\", \"id\": 3,"},
        {"\"events\": [", "\"events\": [], \"events\": ["},
        {"\"ranks\": {", "\"ranks\": null, \"ranks\": {"},
        {"\"totalRank\": 2,", "\"totalRank\": 2, \"totalRank\": 2,"}};
    String[] pick = duplicates[random.nextInt(duplicates.length)];
    description.append("duplicate: ").append(pick[1]);
    return text.replace(pick[0], pick[1]).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] invalidUtf8(Random random, StringBuilder description) {
    byte[][] sequences = {{(byte) 0xC3, (byte) 0x28}, {(byte) 0xA0, (byte) 0xA1},
        {(byte) 0xE2, (byte) 0x28, (byte) 0xA1}, {(byte) 0xF0, (byte) 0x28, (byte) 0x8C},
        {(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80,
            (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {0}};
    byte[] bad = sequences[random.nextInt(sequences.length)];
    byte[] text = ApiCalls.exampleObservations().getBytes(StandardCharsets.UTF_8);
    int at;
    String where;
    if (random.nextBoolean()) {
      // Inside a string value: just after the opening quote of "Example project ...".
      at = utf8Offset(ApiCalls.exampleObservations().indexOf("Example project"));
      where = "in a string";
    } else {
      at = random.nextInt(text.length + 1);
      where = "at byte " + at;
    }
    description.append("invalid UTF-8 ").append(java.util.HexFormat.of().formatHex(bad))
        .append(' ').append(where);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(text, 0, at);
    out.write(bad, 0, bad.length);
    out.write(text, at, text.length - at);
    return out.toByteArray();
  }

  private static int utf8Offset(int charIndex) {
    return ApiCalls.exampleObservations().substring(0, charIndex)
        .getBytes(StandardCharsets.UTF_8).length;
  }

  private static byte[] rawDamage(Random random, StringBuilder description) {
    byte[] text = ApiCalls.exampleObservations().getBytes(StandardCharsets.UTF_8);
    int at = random.nextInt(text.length);
    switch (random.nextInt(3)) {
      case 0 -> {
        description.append("truncated at byte ").append(at);
        return java.util.Arrays.copyOf(text, at);
      }
      case 1 -> {
        byte b = (byte) random.nextInt(256);
        description.append("byte ").append(at).append(" set to ").append(b & 0xFF);
        byte[] copy = text.clone();
        copy[at] = b;
        return copy;
      }
      default -> {
        description.append("byte ").append(at).append(" removed");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, at);
        out.write(text, at + 1, text.length - at - 1);
        return out.toByteArray();
      }
    }
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String abbreviate(String s, int max) {
    return s == null ? "null" : s.length() > max ? s.substring(0, max) + "…" : s;
  }
}
