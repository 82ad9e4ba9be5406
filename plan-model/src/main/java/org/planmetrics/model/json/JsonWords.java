package org.planmetrics.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.planmetrics.model.Violation;

/**
 * The words, in Chinese and English, for a JSON document whose shape is wrong, in one place for
 * plan files and request bodies: a missing or unknown field, a value of the wrong JSON type, a
 * value outside its list or form. For example {@code wrongType("/projects/0/investment",
 * JsonType.NUMBER, "abc")} gives "'investment' must be a number but was 'abc'" and
 * "'investment'须为数字,实为'abc'", rule {@code wrong-type}.
 *
 * <p>A message names the JSON type a field must have, as a person writes it, never the Java type
 * a reader builds from it: "a whole number", not {@code int}.
 */
public final class JsonWords {

  /** The most characters of a refused value a message shows, then "…". */
  public static final int SHOWN_LENGTH = 60;

  private JsonWords() {}

  /** What a JSON value must be, in both languages: a number is "a number", 数字. */
  public enum JsonType {
    OBJECT("an object", "对象({…})"),
    ARRAY("an array", "数组([…])"),
    STRING("a string", "文本(加双引号)"),
    NUMBER("a number", "数字"),
    WHOLE_NUMBER("a whole number, written without a decimal point or exponent,",
        "整数(不带小数点或指数)"),
    BOOLEAN("true or false", "true或false"),
    DATE("a date written YYYY-MM-DD", "YYYY-MM-DD格式的日期"),
    NULL("null", "null");

    private final String en;
    private final String zh;

    JsonType(String en, String zh) {
      this.en = en;
      this.zh = zh;
    }

    /** "a number". */
    public String en() {
      return en;
    }

    /** "数字". */
    public String zh() {
      return zh;
    }

    /**
     * The type of a JSON Schema {@code type} keyword's value, for example {@code "integer"}:
     * {@link #WHOLE_NUMBER}; empty for a name that is none of the seven.
     */
    public static Optional<JsonType> ofSchemaName(String name) {
      return Optional.ofNullable(switch (name) {
        case "object" -> OBJECT;
        case "array" -> ARRAY;
        case "string" -> STRING;
        case "number" -> NUMBER;
        case "integer" -> WHOLE_NUMBER;
        case "boolean" -> BOOLEAN;
        case "null" -> NULL;
        default -> null;
      });
    }
  }

  /**
   * How a message names the value it is about, in both languages: {@code 'investment'}, or with
   * a reader's word for it in Chinese, {@code 'investment'(总投资额)}.
   */
  public record Name(String en, String zh) {

    /** The field a pointer ends in, {@code 'investment'}; "the document", 文档, for the root. */
    public static Name of(String pointer) {
      if (pointer.isEmpty()) {
        return new Name("the document", "文档");
      }
      String field = "'" + field(pointer) + "'";
      return new Name(field, field);
    }
  }

  /** {@code missing-field}: "'id' is required but missing" / "缺少必填字段'id'". */
  public static Violation missingField(String pointer) {
    return missingField(pointer, Name.of(pointer));
  }

  /** {@code missing-field}, naming the field as {@code name} says. */
  public static Violation missingField(String pointer, Name name) {
    return violation(pointer, "missing-field", name.en() + " is required but missing",
        "缺少必填字段" + name.zh(), null);
  }

  /**
   * {@code unknown-field}: "'priority' is not a field of this object" / "'priority'不是此处的字段";
   * {@code owner} names the object in both languages, for example "a project" and "项目".
   */
  public static Violation unknownField(String pointer, String ownerEn, String ownerZh) {
    String field = field(pointer);
    return violation(pointer, "unknown-field", "'" + field + "' is not a field of " + ownerEn,
        "'" + field + "'不是" + ownerZh + "的字段,请检查拼写或删去", field);
  }

  /** {@code wrong-type}: "'investment' must be a number but was 'abc'". */
  public static Violation wrongType(String pointer, JsonType expected, JsonNode actual) {
    return wrongType(pointer, Name.of(pointer), List.of(expected), actual);
  }

  /**
   * {@code wrong-type} for a value that may have one of several types: "'note' must be a string
   * or null but was 12".
   */
  public static Violation wrongType(String pointer, List<JsonType> expected, JsonNode actual) {
    return wrongType(pointer, Name.of(pointer), expected, actual);
  }

  /** {@code wrong-type}, naming the value as {@code name} says. */
  public static Violation wrongType(String pointer, Name name, List<JsonType> expected,
      JsonNode actual) {
    String en = String.join(" or ", expected.stream().map(JsonType::en).toList());
    String zh = String.join("或", expected.stream().map(JsonType::zh).toList());
    return violation(pointer, "wrong-type", name.en() + " must be " + en + " but was "
        + shownEn(actual), name.zh() + "须为" + zh + ",实为" + shownZh(actual), valueOf(actual));
  }

  /**
   * {@code invalid-value} for a value outside its list: "'tier' must be one of SMALL, LARGE but
   * was 'HUGE'" / "'tier'须为SMALL、LARGE之一,实为'HUGE'".
   */
  public static Violation notOneOf(String pointer, List<String> allowed, JsonNode actual) {
    return notOneOf(pointer, Name.of(pointer), allowed, actual);
  }

  /** {@code invalid-value} for a value outside its list, naming it as {@code name} says. */
  public static Violation notOneOf(String pointer, Name name, List<String> allowed,
      JsonNode actual) {
    return violation(pointer, "invalid-value", name.en() + " must be one of "
        + String.join(", ", allowed) + " but was " + shownEn(actual), name.zh() + "须为"
        + String.join("、", allowed) + "之一,实为" + shownZh(actual), valueOf(actual));
  }

  /**
   * {@code invalid-value} with the rule in words: {@code mustEn} "must be at least 1", {@code
   * mustZh} "须至少为1", giving "'minimumCount' must be at least 1 but was 0" and
   * "'minimumCount'须至少为1,实为0".
   */
  public static Violation invalid(String pointer, String mustEn, String mustZh, JsonNode actual) {
    return invalid(pointer, Name.of(pointer), mustEn, mustZh, actual);
  }

  /** {@code invalid-value} with the rule in words, naming the value as {@code name} says. */
  public static Violation invalid(String pointer, Name name, String mustEn, String mustZh,
      JsonNode actual) {
    return violation(pointer, "invalid-value", name.en() + " " + mustEn + " but was "
        + shownEn(actual), name.zh() + mustZh + ",实为" + shownZh(actual), valueOf(actual));
  }

  /** A value as an English message shows it: text in quotes, at most 60 characters. */
  public static String shownEn(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "missing";
    }
    if (value.isObject()) {
      return "an object";
    }
    if (value.isArray()) {
      return "an array";
    }
    return value.isTextual() ? "'" + shortened(value.asText()) + "'" : shortened(value.asText());
  }

  /** A value as a Chinese message shows it: 'abc', 12, 对象, 数组. */
  public static String shownZh(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "缺失";
    }
    if (value.isObject()) {
      return "对象";
    }
    if (value.isArray()) {
      return "数组";
    }
    return shownEn(value);
  }

  /**
   * The value as a violation records it: a scalar's text, at most 60 characters; nothing for an
   * object or array, which a message describes by its type.
   */
  public static String valueOf(JsonNode value) {
    if (value == null || value.isMissingNode() || value.isContainerNode()) {
      return null;
    }
    return shortened(value.asText());
  }

  /** {@code text} with at most 60 characters, then "…". */
  public static String shortened(String text) {
    return text.length() > SHOWN_LENGTH ? text.substring(0, SHOWN_LENGTH) + "…" : text;
  }

  /** The field a pointer ends in, for a message: {@code investment}. */
  private static String field(String pointer) {
    return JsonPointers.lastSegment(pointer, "document");
  }


  private static Violation violation(String pointer, String rule, String en, String zh,
      String value) {
    return Violation.of(pointer, rule, en, Optional.ofNullable(value)).withMessageZh(zh);
  }
}
