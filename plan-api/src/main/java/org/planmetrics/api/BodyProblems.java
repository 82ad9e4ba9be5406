package org.planmetrics.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planmetrics.metrics.observation.ObservationsJson;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.JsonSyntax;

/**
 * The one place that turns a request body that cannot be read into a problem, each error with
 * its pointer, rule, value and message in Chinese and English, for example a 400 {@code
 * malformed-json} for a body that is only an opening brace: "the body ends before its JSON is
 * complete (line 1, column 2)". What a person reads is written here or in {@link JsonSyntax},
 * {@link org.planmetrics.model.json.JsonWords} and {@link ObservationsJson}, never taken from
 * Jackson, whose words name Java classes and its own features ({@code FAIL_ON_TRAILING_TOKENS},
 * {@code CoercionConfig}); nothing here reads an exception's message to decide anything. {@link
 * ProblemBody} writes the problem's bytes.
 */
final class BodyProblems {

  /** How messages name a request body: "the body", 请求内容. */
  static final JsonSyntax.Subject BODY = new JsonSyntax.Subject("the body", "请求内容");

  private BodyProblems() {}

  /**
   * 400 {@code malformed-json}: {@code body} is not JSON, with where it went wrong and why, in
   * the words of {@link JsonSyntax}.
   */
  static ApiProblem malformed(JsonProcessingException e, byte[] body) {
    Violation error = JsonSyntax.violation(e, body, BODY);
    return new ApiProblem(400, "malformed-json", "Malformed JSON", error.messages(),
        List.of(error));
  }

  /** 400 {@code malformed-json}: the body could not be read at all. */
  static ApiProblem unreadable(IOException e) {
    return ApiProblem.of(400, "malformed-json", "Malformed JSON", "", "malformed-json",
        LocalizedText.of("无法读取请求内容", "the body cannot be read"), null);
  }

  /** 400 {@code invalid-body}: the parser's {@code limit} was crossed at {@code pointer}. */
  static ApiProblem limitExceeded(ReadLimits.Limit limit, String pointer) {
    return invalidBody(pointer, "limit-exceeded", LocalizedText.of(limit.ruleZh(), limit.rule()),
        null);
  }

  /** 400 {@code invalid-body}: a number with an exponent beyond an int, at {@code pointer}. */
  static ApiProblem numberOutOfRange(String pointer) {
    return invalidBody(pointer, "number-out-of-range", numberRule(), null);
  }

  /** What a number of the body must keep to, in both languages. */
  static LocalizedText numberRule() {
    int max = ObservationsReader.MAX_NUMBER_SCALE;
    return LocalizedText.of("数字最多" + max + "位有效数字,指数须在±" + max + "以内",
        "a number must have at most " + max + " digits and an exponent within ±" + max);
  }

  /** 400 {@code invalid-body} with one error, which the detail repeats. */
  static ApiProblem invalidBody(String pointer, String rule, LocalizedText message, String value) {
    return ApiProblem.of(400, "invalid-body", "Invalid request body", pointer, rule, message,
        value);
  }

  /**
   * 400 {@code invalid-body} listing {@code shape}, what {@link ObservationsJson} found wrong
   * with the body's fields, and then {@code checks}, the problems of the rest with the plan. The detail
   * is the one error's message, or counts them by kind, for example "2 value(s) of the wrong
   * type; 1 unknown field(s); and 1 problem(s) with the observations for plan
   * 'gongqingcheng-2022'".
   */
  static ApiProblem invalidBody(List<Violation> shape, long shapeCount, List<Violation> checks,
      String planId) {
    if (shapeCount == 1 && checks.isEmpty()) {
      // One error: the detail says what it says.
      return new ApiProblem(400, "invalid-body", "Invalid request body",
          shape.get(0).messages(), shape);
    }
    Map<String, Integer> byRule = new LinkedHashMap<>();
    shape.forEach(v -> byRule.merge(v.rule(), 1, Integer::sum));
    List<String> en = new ArrayList<>();
    List<String> zh = new ArrayList<>();
    byRule.forEach((rule, n) -> {
      switch (rule) {
        case "missing-field" -> {
          en.add(n + " required field(s) missing");
          zh.add("缺少" + n + "个必填字段");
        }
        case "unknown-field" -> {
          en.add(n + " unknown field(s)");
          zh.add(n + "个未知字段");
        }
        case "wrong-type" -> {
          en.add(n + " value(s) of the wrong type");
          zh.add(n + "个值的类型不对");
        }
        case "invalid-value" -> {
          en.add(n + " value(s) not allowed");
          zh.add(n + "个值不符合要求");
        }
        default -> {
          en.add(n + " value(s) out of range or null");
          zh.add(n + "个值为null或超出范围");
        }
      }
    });
    if (shapeCount > shape.size()) {
      en.add((shapeCount - shape.size()) + " more not counted by kind");
      zh.add("另有" + (shapeCount - shape.size()) + "处未分类计数");
    }
    if (!checks.isEmpty()) {
      en.add("and " + checks.size() + " problem(s) with the observations for plan '" + planId
          + "'");
      zh.add("另有" + checks.size() + "处与方案'" + planId + "'不符");
    }
    List<Violation> all = new ArrayList<>(shape);
    all.addAll(checks);
    return new ApiProblem(400, "invalid-body", "Invalid request body",
        LocalizedText.of(String.join(";", zh), String.join("; ", en)), all,
        shapeCount + checks.size());
  }
}
