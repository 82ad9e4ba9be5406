package org.planmetrics.api;

import io.javalin.http.Context;
import java.util.List;

/**
 * The query parameters the API reads, each taken once: a parameter given twice, such as {@code
 * ?lang=en&lang=zh} or {@code ?total=1&total=2}, is refused with 400 {@code bad-parameter}
 * naming it, not resolved to one of its values by guess.
 */
final class QueryParameters {

  private QueryParameters() {}

  /**
   * The one value of the optional parameter {@code name}, or null when it is absent.
   *
   * @throws ApiProblem 400 {@code bad-parameter} if it is given more than once
   */
  static String optional(Context ctx, String name) {
    List<String> values = ctx.queryParams(name);
    if (values.size() > 1) {
      throw ApiProblem.badParameter(name, "must be given once but was given " + values.size()
          + " times: " + String.join(", ", values), "只能给一次,实际给了" + values.size() + "次:"
          + String.join("、", values), String.join(",", values));
    }
    return values.isEmpty() ? null : values.get(0);
  }

  /**
   * The one value of the required parameter {@code name}; {@code what} and {@code whatZh} say
   * what it is when it is missing or blank, for example "the ISO week, as YYYY-Www".
   *
   * @throws ApiProblem 400 {@code bad-parameter} if it is missing, blank or given more than once
   */
  static String required(Context ctx, String name, String what, String whatZh) {
    String value = optional(ctx, name);
    if (value == null || value.isBlank()) {
      throw ApiProblem.badParameter(name, "is required: " + what, "为必填项:" + whatZh, null);
    }
    return value;
  }
}
