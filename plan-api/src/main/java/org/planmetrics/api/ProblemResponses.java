package org.planmetrics.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a request with a problem: an {@link ApiProblem} as {@code application/problem+json},
 * Javalin's own refusals (404, 405, 413) as problems too, and anything unexpected as a logged
 * 500 with an id to quote, for example {@code "problemId": "6f1c…"}. {@link ProblemBody} writes
 * the bytes.
 */
final class ProblemResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

  /** The Retry-After of a 503 problem, in seconds. */
  static final int RETRY_AFTER_SECONDS = 5;

  private ProblemResponses() {}

  /**
   * Answers {@code problem} in the request's language, announced in {@code Content-Language}; a
   * 503 adds {@code Retry-After}.
   */
  static void problem(Context ctx, ApiProblem problem) {
    if (problem.status == 503) {
      // Both causes (plans still loading, every place to compute taken) pass within seconds.
      ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    }
    Language language = JsonResponses.announce(ctx, Localizer.forProblem(ctx));
    ctx.status(problem.status).contentType(ProblemBody.MEDIA_TYPE).result(ProblemBody.of(problem,
        ctx.path(), language));
  }

  /** Logs {@code e} with a new problem id and answers 500 with that id and nothing else. */
  static void unexpected(Context ctx, Exception e) {
    String id = UUID.randomUUID().toString();
    LOG.error("problem {} on {} {}", id, ctx.method(), ctx.path(), e);
    Language language = JsonResponses.announce(ctx, Localizer.forProblem(ctx));
    ctx.status(500).contentType(ProblemBody.MEDIA_TYPE)
        .result(ProblemBody.internalError(ctx.path(), id, language));
  }

  /** Answers {@code problem} unless an exception handler has answered with a problem already. */
  static void ifNoProblemYet(Context ctx, Supplier<ApiProblem> problem) {
    String type = ctx.res().getContentType();
    if (type == null || !type.startsWith(ProblemBody.MEDIA_TYPE)) {
      problem(ctx, problem.get());
    }
  }

  /** The problem for a status Javalin raised itself, with its message as the detail. */
  static ApiProblem fromHttpStatus(int status, String message) {
    switch (status) {
      case 413:
        return new ApiProblem(413, "payload-too-large", "Payload too large", LocalizedText.of(
            "请求内容超过了服务器接受的大小", "the body is larger than the server accepts"), List.of());
      case 404:
        return ApiProblem.notFound(LocalizedText.of("未找到:" + message, message));
      case 405:
        return new ApiProblem(405, "method-not-allowed", "Method not allowed",
            LocalizedText.of("不支持该请求方法:" + message, message), List.of());
      default:
        String text = message == null ? "" : message;
        return new ApiProblem(status, status >= 500 ? "internal-error" : "invalid-body",
            message == null ? "Error" : message, LocalizedText.of("请求未能处理:" + text, text),
            List.of());
    }
  }
}
