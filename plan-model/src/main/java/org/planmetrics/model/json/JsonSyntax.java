package org.planmetrics.model.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.planmetrics.model.Violation;

/**
 * Why a text is not one JSON value, in Chinese and English and in the words of someone who
 * writes JSON by hand rather than the parser's, for example "the body is not valid JSON at line
 * 1, column 6, near '{"a":NaN}'…" for a {@code NaN}: the parser's own message names its features
 * and classes ({@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}), which a person cannot act on.
 *
 * <p>Each failure becomes one violation with the rule {@code malformed-json} ({@link
 * #NOT_UTF_8} for bytes that are not UTF-8), at the pointer of the value the parser was in, or
 * the document. The kinds told apart are: text that ends too soon (an object or string not
 * closed), a name given twice in one object, more text after the value, bytes that are not
 * UTF-8, a reading limit crossed, and any other character where JSON allows none, shown with the
 * text around it. The kind is read from the failure's type and the parser's state, and a
 * repeated name is found by reading the text again without the check for one; no message text
 * is read.
 */
public final class JsonSyntax {

  /** The rule of a document that is not UTF-8 text: {@code not-utf-8}. */
  public static final String NOT_UTF_8 = "not-utf-8";

  /** The rule of every other failure to read a JSON document: {@code malformed-json}. */
  public static final String MALFORMED_JSON = "malformed-json";

  /** Characters of text shown before and after the place of a failure. */
  private static final int AROUND = 20;

  /**
   * What the document is, in both languages, for the messages: "the body" and "请求内容", or
   * "the plan file" and "方案文件".
   */
  public record Subject(String en, String zh) {}

  private JsonSyntax() {}

  /**
   * The failure to read {@code text} as JSON, for example <code>"&#123;"</code>: "the plan file
   * ends before its JSON is complete (line 1, column 2): an object, array or text is not closed".
   */
  public static Violation violation(JsonProcessingException failure, String text,
      Subject subject) {
    return describe(failure, new Source(text, null), subject);
  }

  /**
   * The failure to read {@code bytes} as JSON; bytes that are not UTF-8 text give a {@link
   * #NOT_UTF_8} violation naming the first bad byte, whatever the parser said.
   */
  public static Violation violation(JsonProcessingException failure, byte[] bytes,
      Subject subject) {
    Optional<Violation> encoding = notUtf8(bytes, subject);
    if (encoding.isPresent()) {
      // At the value the parser was reading when it met the bad byte, where it knows one.
      return encoding.get().withPath(
          pointer(failure.getProcessor() instanceof JsonParser p ? p : null));
    }
    return describe(failure, new Source(new String(bytes, StandardCharsets.UTF_8), bytes),
        subject);
  }

  /**
   * A {@link #NOT_UTF_8} violation if {@code bytes} are not strict UTF-8 text (a leading byte
   * order mark is allowed), for example a GBK file: "the body is not UTF-8 text (invalid byte
   * 0xB9 at byte offset 7, line 1); save it as UTF-8".
   */
  public static Optional<Violation> notUtf8(byte[] bytes, Subject subject) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return Optional.empty();
    } catch (CharacterCodingException e) {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      var decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      decoder.decode(in, CharBuffer.allocate(bytes.length), true);
      int offset = Math.min(in.position(), bytes.length - 1);
      return Optional.of(notUtf8(bytes, offset, subject));
    }
  }

  /**
   * The {@link #NOT_UTF_8} violation for the bad byte at {@code offset} of {@code bytes}: its
   * value in hex, its offset and its line, and the advice to save the text as UTF-8. GBK and
   * GB18030, as Chinese Windows saves text, are the usual cause.
   */
  public static Violation notUtf8(byte[] bytes, int offset, Subject subject) {
    String bad = String.format(Locale.ROOT, "0x%02X", bytes[offset] & 0xFF);
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return Violation.of("", NOT_UTF_8, subject.en() + " is not UTF-8 text (invalid byte " + bad
            + " at byte offset " + offset + ", line " + line + "); save it as UTF-8",
        Optional.of(bad))
        .withMessageZh(subject.zh() + "不是UTF-8编码的文本(第" + line + "行,第" + offset + "字节处有无效字节"
            + bad + ",可能是GBK编码);请另存为UTF-8编码");
  }

  private static Violation describe(JsonProcessingException failure, Source source,
      Subject subject) {
    JsonParser parser = failure.getProcessor() instanceof JsonParser p ? p : null;
    String pointer = pointer(parser);
    int offset = source.charOffset(failure.getLocation());
    String where = source.where(offset) + (pointer.isEmpty() ? "" : ", in " + pointer);
    String whereZh = source.whereZh(offset) + (pointer.isEmpty() ? "" : "," + pointer + "处");
    if (failure instanceof JsonEOFException || source.onlySpaceFrom(offset)) {
      return malformed(pointer, subject.en() + " ends before its JSON is complete (" + where
          + "): an object, array or text is not closed", subject.zh() + "在JSON完整之前就结束了("
          + whereZh + "):有对象({)、数组([)或文本(\")没有闭合");
    }
    if (failure instanceof MismatchedInputException) {
      // Reading a tree, the one mismatch left is a second value after the first.
      return malformed("", subject.en() + " must hold one JSON value, but more follows it ("
          + where + ")" + source.near(offset), subject.zh() + "只能包含一个JSON值,但其后还有内容("
          + whereZh + ")" + source.nearZh(offset));
    }
    if (failure instanceof StreamConstraintsException) {
      StreamReadConstraints limits = StreamReadConstraints.defaults();
      return malformed(pointer, subject.en() + " crosses a reading limit (" + where + "): at "
          + "most " + limits.getMaxNestingDepth() + " levels of nesting, numbers of at most "
          + limits.getMaxNumberLength() + " characters", subject.zh() + "超出了读取限制(" + whereZh
          + "):嵌套最多" + limits.getMaxNestingDepth() + "层,数字最多" + limits.getMaxNumberLength()
          + "个字符");
    }
    Optional<String> repeated = repeatedName(failure, parser, source);
    if (repeated.isPresent()) {
      String name = repeated.get();
      return Violation.of(pointer, MALFORMED_JSON, subject.en() + " is not valid JSON: the name '"
              + name + "' appears twice in one object (" + where + "); give each name once",
          Optional.of(name))
          .withMessageZh(subject.zh() + "不是有效的JSON:同一对象中字段名'" + name + "'出现了两次("
              + whereZh + ");每个字段名只能出现一次");
    }
    return malformed(pointer, subject.en() + " is not valid JSON at " + where
        + source.near(offset) + ". JSON puts names and text in double quotes, separates items "
        + "with commas (none after the last), and has no comments, single quotes or NaN",
        subject.zh() + "不是有效的JSON:" + whereZh + "有误" + source.nearZh(offset)
            + "。JSON的字段名和文本须加英文双引号,各项之间用英文逗号分隔(最后一项后不加),不能有注释、单引号或NaN");
  }

  /**
   * The name given twice, if that is why the parser stopped: the text then reads, without the
   * check for repeated names, past the place where it stopped.
   */
  private static Optional<String> repeatedName(JsonProcessingException failure,
      JsonParser parser, Source source) {
    if (parser == null || failure.getLocation() == null
        || !parser.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature())) {
      return Optional.empty();
    }
    String name;
    try {
      name = parser.currentName();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    if (name == null) {
      return Optional.empty();
    }
    long stoppedAt = offsetOf(failure.getLocation());
    try (JsonParser lenient = source.parser()) {
      while (lenient.nextToken() != null) {
        if (offsetOf(lenient.currentLocation()) > stoppedAt) {
          return Optional.of(name);
        }
      }
      return Optional.of(name);
    } catch (JsonProcessingException e) {
      return offsetOf(e.getLocation()) > stoppedAt ? Optional.of(name) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static long offsetOf(JsonLocation location) {
    if (location == null) {
      return -1;
    }
    return location.getCharOffset() >= 0 ? location.getCharOffset() : location.getByteOffset();
  }

  private static String pointer(JsonParser parser) {
    if (parser == null) {
      return JsonPointers.ROOT;
    }
    try {
      return JsonPointers.of(parser);
    } catch (RuntimeException e) {
      // A parser that failed may be closed; the line and column still say where.
      return JsonPointers.ROOT;
    }
  }

  private static Violation malformed(String pointer, String en, String zh) {
    return Violation.of(pointer, MALFORMED_JSON, en, Optional.empty()).withMessageZh(zh);
  }

  /** The text that failed, as characters, and as bytes when it was read from bytes. */
  private record Source(String text, byte[] bytes) {

    JsonParser parser() throws IOException {
      // The project's settings without the check for repeated names.
      JsonParser parser = bytes != null ? PlanJson.mapper().createParser(bytes)
          : PlanJson.mapper().createParser(text);
      parser.disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
      return parser;
    }

    /** The character offset of {@code location} in the text, or -1 if unknown. */
    int charOffset(JsonLocation location) {
      if (location == null) {
        return -1;
      }
      if (location.getCharOffset() >= 0 && bytes == null) {
        return (int) Math.min(location.getCharOffset(), text.length());
      }
      long byteOffset = location.getByteOffset();
      if (byteOffset < 0 || bytes == null) {
        return -1;
      }
      int end = (int) Math.min(byteOffset, bytes.length);
      return new String(bytes, 0, end, StandardCharsets.UTF_8).length();
    }

    /** Whether nothing but white space follows {@code offset}: the text ended too soon. */
    boolean onlySpaceFrom(int offset) {
      return offset >= 0 && text.substring(Math.min(offset, text.length())).isBlank();
    }

    String where(int offset) {
      if (offset < 0) {
        return "at an unknown place";
      }
      return "line " + line(offset) + ", column " + column(offset);
    }

    String whereZh(int offset) {
      if (offset < 0) {
        return "位置不详";
      }
      return "第" + line(offset) + "行第" + column(offset) + "列";
    }

    String near(int offset) {
      String excerpt = excerpt(offset);
      return excerpt.isEmpty() ? "" : ", near '" + excerpt + "'";
    }

    String nearZh(int offset) {
      String excerpt = excerpt(offset);
      return excerpt.isEmpty() ? "" : ",附近内容为'" + excerpt + "'";
    }

    private int line(int offset) {
      int line = 1;
      for (int i = 0; i < offset && i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          line++;
        }
      }
      return line;
    }

    private int column(int offset) {
      int lineStart = text.lastIndexOf('\n', Math.max(0, Math.min(offset, text.length()) - 1));
      return offset - lineStart;
    }

    /** Up to 20 characters either side of {@code offset} on its line, controls shown as '·'. */
    private String excerpt(int offset) {
      if (offset < 0 || text.isEmpty()) {
        return "";
      }
      int at = Math.min(offset, text.length());
      int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
      int lineEnd = text.indexOf('\n', at);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int start = Math.max(lineStart, at - AROUND);
      int end = Math.min(lineEnd, at + AROUND);
      if (start >= end) {
        return "";
      }
      StringBuilder shown = new StringBuilder(start > lineStart ? "…" : "");
      text.substring(start, end).codePoints().forEach(c ->
          shown.appendCodePoint(Character.isISOControl(c) ? '·' : c));
      return shown.append(end < lineEnd ? "…" : "").toString();
    }
  }
}
