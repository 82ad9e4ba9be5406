package org.planmetrics.model.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Jackson settings every layer uses for plan data, so that a figure written by one layer reads
 * back identically in another: BigDecimal for every number (never double), plain decimal output
 * ({@code 304.2}, not {@code 3.042E+2}), ISO dates, absent optionals left out, and strict input
 * (unknown fields, duplicate keys and trailing tokens are errors; a whole-number field refuses
 * 5.99 and 5.0; a date must be written exactly {@code YYYY-MM-DD}).
 */
public final class PlanJson {

  private PlanJson() {}

  /** A new mapper with the project's settings; callers may add modules of their own. */
  public static JsonMapper newMapper() {
    return newMapper(StreamReadConstraints.defaults());
  }

  /**
   * A new mapper with the project's settings and the given limits on input, for servers that
   * read untrusted documents (bounded nesting, number and string lengths).
   */
  public static JsonMapper newMapper(StreamReadConstraints constraints) {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints).build();
    JsonMapper mapper = JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(new GuavaModule())
        // After JavaTimeModule, so that its lenient date reader is replaced.
        .addModule(new SimpleModule("plain-dates")
            .addDeserializer(LocalDate.class, new PlainDateDeserializer()))
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        // A rank or a count is a whole number: 5.99 must not be read as 5 (see the coercion below).
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        // Keep 20.0 as 20.0 when reading through a tree: a figure's scale is part of what the
        // user wrote, and a plan must round-trip unchanged.
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(JsonParser.Feature.ALLOW_COMMENTS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(
            JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        // Only annotated properties are data: a helper such as Quantity.isNegative() must never
        // leak into a plan file as a field.
        .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
        .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
        .build();
    // No silent coercion between JSON types: 7 is not the string "7", "12" is not a number,
    // and 1 is not true. (19358 is not a date either: see PlainDateDeserializer.)
    for (LogicalType textual : new LogicalType[] {LogicalType.Textual, LogicalType.Enum}) {
      mapper.coercionConfigFor(textual)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
    for (LogicalType numeric : new LogicalType[] {LogicalType.Integer, LogicalType.Float,
        LogicalType.Boolean}) {
      // "" is not a number either: Jackson would otherwise read it as null.
      mapper.coercionConfigFor(numeric)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    mapper.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    // 5.99, 5.0 and 5e0 are not whole numbers as JSON writes them: refuse them for int and long
    // fields rather than truncate (a total rank of 5.99 would otherwise count as 5th).
    mapper.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    return mapper;
  }

  /**
   * Reads a date only from a JSON string written {@code YYYY-MM-DD} in ASCII digits, such as
   * {@code "2023-06-30"}, and only if that day exists. Jackson's own reader trims the text
   * (spaces and control characters such as NUL) and accepts a date-time, so {@code " 2023-01-01"}
   * and {@code "2023-01-01T23:59:59"} would both pass as 2023-01-01; and it reads the number
   * 19358 as an epoch day. Writing is unchanged.
   */
  private static final class PlainDateDeserializer extends StdScalarDeserializer<LocalDate> {
    // Jackson's deserializers are Serializable; -Xlint:serial (the build fails on warnings) wants
    // the version fixed, as every other Serializable class here has it.
    private static final long serialVersionUID = 1L;
    private static final String EXPECTED = "must be a date written YYYY-MM-DD";

    PlainDateDeserializer() {
      super(LocalDate.class);
    }

    /**
     * The date of the current token.
     *
     * @throws com.fasterxml.jackson.databind.exc.InvalidFormatException for a string that is not
     *     a plain YYYY-MM-DD date that exists (2023-02-30 does not), or for a number
     * @throws com.fasterxml.jackson.databind.exc.MismatchedInputException for any other token
     */
    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.hasToken(JsonToken.VALUE_STRING)) {
        String text = parser.getText();
        Optional<LocalDate> date = plainDate(text);
        if (date.isPresent()) {
          return date.get();
        }
        throw context.weirdStringException(text, LocalDate.class, EXPECTED);
      }
      if (parser.hasToken(JsonToken.VALUE_NUMBER_INT)
          || parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
        throw context.weirdNumberException(parser.getNumberValue(), LocalDate.class, EXPECTED);
      }
      return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
    }
  }

  private static final Pattern PLAIN_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /**
   * The date {@code text} writes, if it is a plain {@code YYYY-MM-DD} in ASCII digits of a day
   * that exists, as every date of plan data must be: {@code "2023-06-30"} is one, {@code
   * "2023-02-30"}, {@code " 2023-06-30"} and {@code "2023-06-30T00:00"} are not.
   */
  public static Optional<LocalDate> plainDate(String text) {
    if (!PLAIN_DATE.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      // ISO_LOCAL_DATE resolves strictly: February 30th is an error, not March 2nd.
      return Optional.of(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * A map key or field name as one JSON Pointer segment (RFC 6901): {@code ~} becomes {@code ~0}
   * and {@code /} becomes {@code ~1}, so "a/b" is addressed as {@code /a~1b}. The same as {@link
   * JsonPointers#segment}, where pointers are built; kept for the callers that still use it.
   */
  public static String pointerSegment(String key) {
    return JsonPointers.segment(key);
  }

  /** Kept to this class: a mapper can be reconfigured, so it is never handed out. */
  private static final JsonMapper SETTINGS = newMapper();
  private static final ObjectReader READER = SETTINGS.reader();
  private static final ObjectWriter WRITER = SETTINGS.writer();

  /**
   * A reader with the project's settings, shared and immutable, for example {@code
   * PlanJson.reader().forType(Observations.class).readValue(json)} or {@code
   * PlanJson.reader().readTree(json)}. Its {@code with...} methods return new readers and leave
   * this one as it is.
   */
  public static ObjectReader reader() {
    return READER;
  }

  /**
   * A writer with the project's settings, shared and immutable, for example {@code
   * PlanJson.writer().withDefaultPrettyPrinter().writeValueAsString(plan)}.
   */
  public static ObjectWriter writer() {
    return WRITER;
  }

  /**
   * A mapper of the caller's own with the project's settings: a new copy on every call, so that
   * registering a module or changing a feature on it changes nothing for anyone else. Keep it for
   * repeated use (each copy builds its serializers again), or use {@link #reader()} and {@link
   * #writer()}.
   */
  public static ObjectMapper mapper() {
    return SETTINGS.copy();
  }
}
