package org.planmetrics.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.JsonPointers;

/**
 * A request the API refuses, carried to the problem writer, for example 422 {@code
 * invalid-observations} with a violation at {@code /series/fdi}. Thrown only inside request
 * handling; it becomes an RFC 9457 {@code application/problem+json} response in the request's
 * language: its title (by its slug), its detail and each error's message in Chinese or English.
 */
final class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The Chinese title of each problem type; the English one is given where it is raised. */
  private static final Map<String, String> TITLES_ZH = Map.ofEntries(
      Map.entry("malformed-json", "JSON格式错误"),
      Map.entry("malformed-body", "请求内容传输不完整"),
      Map.entry("invalid-body", "请求内容有误"),
      Map.entry("invalid-request", "请求有误"),
      Map.entry("bad-parameter", "查询参数有误"),
      Map.entry("malformed-workbook", "无法读取的工作簿"),
      Map.entry("malformed-csv", "无法读取的CSV文件"),
      Map.entry("workbook-too-large", "工作簿过大"),
      Map.entry("invalid-observations", "观测数据与方案不符"),
      Map.entry("unauthorized", "未授权"),
      Map.entry("not-found", "未找到"),
      Map.entry("method-not-allowed", "不支持该请求方法"),
      Map.entry("not-acceptable", "无法提供所要求的格式"),
      Map.entry("request-timeout", "请求超时"),
      Map.entry("payload-too-large", "请求内容过大"),
      Map.entry("too-many-items", "条目过多"),
      Map.entry("uri-too-long", "请求地址过长"),
      Map.entry("unsupported-media-type", "不支持的内容类型"),
      Map.entry("headers-too-large", "请求头过大"),
      Map.entry("internal-error", "服务器内部错误"),
      Map.entry("service-unavailable", "服务暂不可用"),
      Map.entry("http-version-not-supported", "不支持该HTTP版本"));

  final int status;
  final String slug;
  final LocalizedText title;
  final LocalizedText detail;
  final transient List<Violation> errors;
  /** How many errors there are, at least {@code errors.size()}: more where only some are kept. */
  final long errorCount;

  /**
   * A problem whose detail is given in both languages, for example 404 {@code not-found} with
   * "没有名为'nowhere-2030'的方案" and "no plan 'nowhere-2030' is served".
   */
  ApiProblem(int status, String slug, String title, LocalizedText detail,
      List<Violation> errors) {
    this(status, slug, title, detail, errors, errors.size());
  }

  /**
   * A problem with {@code errorCount} errors of which {@code errors} are kept, for a body whose
   * errors are counted beyond those kept (see {@code ObservationsJson.MAX_FIELD_PROBLEMS}).
   */
  ApiProblem(int status, String slug, String title, LocalizedText detail,
      List<Violation> errors, long errorCount) {
    super(detail.en());
    this.status = status;
    this.slug = slug;
    this.title = LocalizedText.of(TITLES_ZH.getOrDefault(slug, title), title);
    this.detail = detail;
    this.errors = List.copyOf(errors);
    this.errorCount = Math.max(errorCount, errors.size());
  }

  /**
   * A problem whose detail has only English words, for the refusals no person reads first (a
   * server stopping); Chinese readers get the English. Prefer the constructor with both.
   */
  ApiProblem(int status, String slug, String title, String detail, List<Violation> errors) {
    this(status, slug, title, LocalizedText.of(detail, detail), errors);
  }

  /** The problem with one error that says what its detail says, in both languages. */
  static ApiProblem of(int status, String slug, String title, String pointer, String rule,
      LocalizedText message, String value) {
    return new ApiProblem(status, slug, title, message, List.of(
        violation(pointer, rule, message, value)));
  }

  /** A violation with its message in both languages and its value, if any. */
  static Violation violation(String pointer, String rule, LocalizedText message, String value) {
    return Violation.of(pointer, rule, message.en(), Optional.ofNullable(value))
        .withMessageZh(message.zh());
  }

  /**
   * 400 {@code bad-parameter} for query parameter {@code name}: {@code mustEn} and {@code mustZh}
   * follow its name, for example "must be 'zh' or 'en' but was 'fr'" and "须为'zh'或'en',实为'fr'".
   */
  static ApiProblem badParameter(String name, String mustEn, String mustZh, String value) {
    LocalizedText message = LocalizedText.of("'" + name + "'" + mustZh, "'" + name + "' " + mustEn);
    return new ApiProblem(400, "bad-parameter", "Bad query parameter", LocalizedText.of(
        "查询参数" + message.zh(), "query parameter " + message.en()),
        List.of(violation(JsonPointers.of("query", name), "bad-parameter", message, value)));
  }

  /** A body of {@code size} bytes, over the {@code max} accepted: 413. */
  static ApiProblem payloadTooLarge(long size, long max) {
    return of(413, "payload-too-large", "Payload too large", "", "payload-too-large",
        LocalizedText.of("请求内容有" + size + "字节,最多只接受" + max + "字节",
            "the body has " + size + " bytes but at most " + max + " are accepted"),
        String.valueOf(size));
  }

  /** 404 {@code not-found}, with no errors. */
  static ApiProblem notFound(LocalizedText detail) {
    return new ApiProblem(404, "not-found", "Not found", detail, List.of());
  }

  /** The title in {@code language}. */
  String title(Language language) {
    return title.in(language);
  }
}
