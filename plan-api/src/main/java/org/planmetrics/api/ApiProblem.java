package org.planmetrics.api;

import java.util.List;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.JsonPointers;

/**
 * A request the API refuses, carried to the problem writer, for example 422 {@code
 * invalid-observations} with a violation at {@code /series/fdi}. Thrown only inside request
 * handling; it becomes an RFC 9457 {@code application/problem+json} response.
 */
final class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final String slug;
  final String title;
  final transient List<Violation> errors;
  /** How many errors there are, listed or not: at least {@code errors.size()}. */
  final int errorCount;

  ApiProblem(int status, String slug, String title, String detail, List<Violation> errors) {
    this(status, slug, title, detail, errors, errors.size());
  }

  /**
   * A problem listing the first {@code errors} found of {@code errorCount} in all, for a source
   * that stops keeping errors after a number (a workbook keeps its first 100).
   */
  ApiProblem(int status, String slug, String title, String detail, List<Violation> errors,
      int errorCount) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.errors = List.copyOf(errors);
    this.errorCount = Math.max(errorCount, errors.size());
  }

  static ApiProblem badParameter(String name, String message, String value) {
    return new ApiProblem(400, "bad-parameter", "Bad query parameter",
        "query parameter '" + name + "' " + message,
        List.of(Violation.of(JsonPointers.of("query", name), "bad-parameter",
            "'" + name + "' " + message,
            java.util.Optional.ofNullable(value))));
  }

  /** A body of {@code size} bytes, over the {@code max} accepted: 413. */
  static ApiProblem payloadTooLarge(long size, long max) {
    String detail = "the body has " + size + " bytes but at most " + max + " are accepted";
    return new ApiProblem(413, "payload-too-large", "Payload too large", detail,
        List.of(Violation.of("", "payload-too-large", detail,
            java.util.Optional.of(String.valueOf(size)))));
  }

  static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "not-found", "Not found", detail, List.of());
  }
}
