package org.planmetrics.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import com.networknt.schema.serialization.DefaultJsonNodeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The hand-written OpenAPI 3.1 document of the API ({@code openapi.json} on the classpath), as a
 * test oracle: {@code OpenApiContract.load().assertValidResponse("GET", "/api/v1/plans", 200,
 * "application/json", body)} finds the operation, the response for the status and its schema, and
 * validates the body with networknt's JSON Schema 2020-12 validator under the OpenAPI 3.1
 * dialect.
 *
 * <p>The whole document is registered with the validator under one IRI, and each response schema
 * is loaded by a JSON Pointer into it ({@code
 * #/paths/~1api~1v1~1plans/get/responses/200/content/application~1json/schema}), so {@code $ref}s
 * to {@code #/components/schemas} resolve as they do for any OpenAPI tool.
 *
 * <p>Two answers are not tied to an operation and are checked against shared responses: a method
 * a documented path does not take (405, {@code #/components/responses/MethodNotAllowed}) and a
 * path the document does not have (404, {@code #/components/responses/NotFound}).
 */
public final class OpenApiContract {

  /** Where the document is on the classpath. */
  public static final String RESOURCE = "/openapi.json";

  /** The IRI the document is registered under; never fetched. */
  static final String DOCUMENT_IRI = "https://planmetrics.org/openapi.json";

  private static final int BODY_SHOWN = 2_000;
  private static final List<String> DOCUMENT_MEMBERS = List.of("openapi", "info",
      "jsonSchemaDialect", "servers", "paths", "webhooks", "components", "security", "tags",
      "externalDocs");
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** Reads numbers exactly, as the server writes them (BigDecimal, scale kept). */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private static volatile OpenApiContract shared;

  private final JsonNode document;
  private final JsonSchemaFactory factory;
  private final SchemaValidatorsConfig config;
  private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

  private OpenApiContract(String text) {
    try {
      this.document = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(RESOURCE + " is not valid JSON: " + e.getOriginalMessage(),
          e);
    }
    // The document's own members sit beside the schemas as the validator walks down to one;
    // naming them keeps it from warning about unknown keywords.
    JsonMetaSchema dialect = JsonMetaSchema.builder(OpenApi31.getInstance())
        .keywords(DOCUMENT_MEMBERS.stream().map(NonValidationKeyword::new)
            .collect(Collectors.toList()))
        .build();
    this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
        .jsonNodeReader(DefaultJsonNodeReader.builder().jsonMapper(MAPPER).build())
        .metaSchema(dialect)
        .defaultMetaSchemaIri(dialect.getIri())
        .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT_IRI, text))));
    this.config = SchemaValidatorsConfig.builder()
        .pathType(PathType.JSON_POINTER)
        .formatAssertionsEnabled(true)
        .locale(Locale.ENGLISH)
        .build();
  }

  /** The document on the classpath; loaded once and shared, it is immutable and thread-safe. */
  public static OpenApiContract load() {
    OpenApiContract contract = shared;
    if (contract == null) {
      synchronized (OpenApiContract.class) {
        if (shared == null) {
          shared = new OpenApiContract(readResource());
        }
        contract = shared;
      }
    }
    return contract;
  }

  private static String readResource() {
    try (InputStream in = OpenApiContract.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parsed document; do not modify it. */
  public JsonNode document() {
    return document;
  }

  /** Every operation, as {@code "METHOD /path/template"}, for example {@code "GET /health"}. */
  public Set<String> operations() {
    Set<String> result = new LinkedHashSet<>();
    document.path("paths").properties().forEach(path -> {
      for (String method : METHODS) {
        if (path.getValue().has(method)) {
          result.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      }
    });
    return result;
  }

  /**
   * Checks one response against the document: the path template matching {@code requestPath}
   * (its query string ignored), the operation for {@code method}, the response for {@code status}
   * (or {@code default}), the media type of {@code contentType} (parameters ignored), and, for
   * JSON media types, the body against that response's schema.
   *
   * @throws AssertionError naming every difference, with the body (truncated)
   */
  public void assertValidResponse(String method, String requestPath, int status,
      String contentType, String body) {
    String call = method.toUpperCase(Locale.ROOT) + " " + requestPath + " → " + status;
    String responsePointer = responsePointer(method, requestPath, status, call);
    JsonNode response = document.at(responsePointer);
    if (response.has("$ref")) {
      String ref = response.get("$ref").asText();
      responsePointer = refPointer(ref);
      response = document.at(responsePointer);
      if (response.isMissingNode()) {
        throw new AssertionError(call + ": unresolved $ref " + ref);
      }
    }
    JsonNode content = response.path("content");
    String mediaType = mediaType(contentType);
    if (content.isMissingNode() || content.isEmpty()) {
      if (body != null && !body.isEmpty()) {
        throw new AssertionError(call + ": the document declares no body for this response but "
            + "one was sent (" + contentType + ")\nbody: " + shorten(body));
      }
      return;
    }
    if (mediaType.isEmpty() || !content.has(mediaType)) {
      throw new AssertionError(call + ": Content-Type '" + contentType + "' is not declared; the "
          + "document has " + names(content) + " at " + responsePointer);
    }
    if (!isJson(mediaType)) {
      return;
    }
    String schemaPointer = responsePointer + "/content/" + escape(mediaType) + "/schema";
    JsonNode instance;
    try {
      instance = MAPPER.readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      throw new AssertionError(call + ": the body is not valid JSON (" + e.getOriginalMessage()
          + ")\nbody: " + shorten(body), e);
    }
    if (instance == null || instance.isMissingNode()) {
      throw new AssertionError(call + ": the body is empty but " + mediaType + " is declared");
    }
    List<String> problems = violations(schemaPointer, instance);
    if (!problems.isEmpty()) {
      throw new AssertionError(call + " (" + mediaType + ") does not match #" + schemaPointer
          + ": " + problems.size() + " problem(s)\n  - " + String.join("\n  - ", problems)
          + "\nbody: " + shorten(body));
    }
  }

  /**
   * The validation messages of {@code instance} against the schema at {@code schemaPointer} (a
   * JSON Pointer into the document, without {@code #}), sorted; empty when it is valid.
   */
  List<String> violations(String schemaPointer, JsonNode instance) {
    JsonSchema schema = schemas.computeIfAbsent(schemaPointer, pointer ->
        factory.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + pointer), config));
    Set<ValidationMessage> messages = schema.validate(instance);
    return messages.stream().map(m -> describe(m, schemaPointer)).sorted()
        .collect(Collectors.toList());
  }

  /**
   * One message, for example {@code /status: does not have a value in the enumeration [...] (at
   * $ref/properties/status/$ref/enum)}, the schema path relative to the response's schema.
   */
  private static String describe(ValidationMessage message, String schemaPointer) {
    String where = message.getInstanceLocation().toString();
    String rule = message.getEvaluationPath().toString();
    if (rule.startsWith(schemaPointer + "/")) {
      rule = rule.substring(schemaPointer.length() + 1);
    }
    return (where.isEmpty() ? "/" : where) + ": " + message.getError() + " (at " + rule + ")";
  }

  /** The pointer of the response object for the call; an AssertionError says what is missing. */
  private String responsePointer(String method, String requestPath, int status, String call) {
    Optional<String> template = template(requestPath);
    if (template.isEmpty()) {
      if (status == 404) {
        return "/components/responses/NotFound";
      }
      throw new AssertionError(call + ": no path of the document matches '" + path(requestPath)
          + "'; the paths are " + names(document.path("paths")));
    }
    String pathPointer = "/paths/" + escape(template.get());
    JsonNode operation = document.at(pathPointer).path(method.toLowerCase(Locale.ROOT));
    if (operation.isMissingNode()) {
      if (status == 405) {
        return "/components/responses/MethodNotAllowed";
      }
      throw new AssertionError(call + ": " + template.get() + " has no "
          + method.toUpperCase(Locale.ROOT) + " operation");
    }
    String operationPointer = pathPointer + "/" + method.toLowerCase(Locale.ROOT);
    JsonNode responses = operation.path("responses");
    if (responses.has(String.valueOf(status))) {
      return operationPointer + "/responses/" + status;
    }
    if (responses.has("default")) {
      return operationPointer + "/responses/default";
    }
    throw new AssertionError(call + ": " + method.toUpperCase(Locale.ROOT) + " "
        + template.get() + " documents no " + status + " response and no default; it has "
        + names(responses));
  }

  /**
   * The path template matching {@code requestPath}: each {@code {name}} matches one non-empty
   * segment; where several templates match, the one with the most literal segments wins.
   */
  Optional<String> template(String requestPath) {
    String[] actual = segments(path(requestPath));
    String best = null;
    int bestLiterals = -1;
    for (Iterator<String> it = document.path("paths").fieldNames(); it.hasNext(); ) {
      String candidate = it.next();
      String[] expected = segments(candidate);
      if (expected.length != actual.length) {
        continue;
      }
      int literals = 0;
      boolean matches = true;
      for (int i = 0; i < expected.length && matches; i++) {
        if (expected[i].startsWith("{") && expected[i].endsWith("}")) {
          matches = !actual[i].isEmpty();
        } else {
          matches = expected[i].equals(actual[i]);
          literals++;
        }
      }
      if (matches && literals > bestLiterals) {
        best = candidate;
        bestLiterals = literals;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String path(String requestPath) {
    String path = requestPath;
    int cut = indexOfAny(path, '?', '#');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path.isEmpty() ? "/" : path;
  }

  private static int indexOfAny(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  private static String[] segments(String path) {
    return path.equals("/") ? new String[0] : path.substring(1).split("/", -1);
  }

  static String refPointer(String ref) {
    if (!ref.startsWith("#")) {
      throw new AssertionError("only local $refs are supported but found " + ref);
    }
    return ref.substring(1);
  }

  /** A JSON Pointer token for {@code key} (RFC 6901). */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim()
        .toLowerCase(Locale.ROOT);
  }

  static boolean isJson(String mediaType) {
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String shorten(String body) {
    if (body == null) {
      return "(none)";
    }
    return body.length() <= BODY_SHOWN ? body
        : body.substring(0, BODY_SHOWN) + "… (" + body.length() + " characters in all)";
  }
}
