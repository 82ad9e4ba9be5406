package org.planmetrics.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.PlanJson;

/**
 * The bytes of an RFC 9457 {@code application/problem+json} body, in one place for the
 * application's refusals and for the errors Jetty meets before the application sees a request
 * (bad framing, a body that never arrives, a URI too long).
 *
 * <p>The title, the detail and each error's {@code message} are in the request's language; each
 * error also has {@code messages}, the message in both languages ({@code {"zh", "en"}}, as every
 * text of this API), and {@code value}, the refused value as written, where there is one:
 * <pre>{@code
 * {"pointer": "/projects/3/investment", "message": "'investment'(总投资额)须为数字,实为'abc'",
 *  "messages": {"zh": "'investment'(总投资额)须为数字,实为'abc'",
 *               "en": "'investment' must be a number but was 'abc'"},
 *  "rule": "wrong-type", "value": "abc"}
 * }</pre>
 *
 * <p>At most {@link #MAX_LISTED_ERRORS} errors are listed; {@code errorsNotListed} counts the
 * rest. Without that bound a 750 KB body of bad period keys was answered with 8.6 MB.
 */
final class ProblemBody {

  static final String MEDIA_TYPE = "application/problem+json";
  static final String TYPE_BASE = "https://planmetrics.org/problems/";
  /** Enough to fix a file in one pass; more only makes the answer larger than the request. */
  static final int MAX_LISTED_ERRORS = 100;

  private static final ObjectMapper MAPPER = PlanJson.mapper();

  private ProblemBody() {}

  /** The body of {@code problem} in {@code language}, answered for the path {@code instance}. */
  static byte[] of(ApiProblem problem, String instance, Language language) {
    ObjectNode body = MAPPER.createObjectNode()
        .put("type", TYPE_BASE + problem.slug)
        .put("title", problem.title(language))
        .put("status", problem.status)
        .put("detail", problem.detail.in(language))
        .put("instance", instance);
    ArrayNode errors = body.putArray("errors");
    List<Violation> listed = problem.errors.subList(0,
        Math.min(problem.errors.size(), MAX_LISTED_ERRORS));
    for (Violation v : listed) {
      LocalizedText messages = v.messages();
      ObjectNode error = errors.addObject().put("pointer", v.path())
          .put("message", messages.in(language));
      error.putObject("messages").put("zh", messages.zh()).put("en", messages.en());
      error.put("rule", v.rule());
      v.value().ifPresent(value -> error.put("value", value));
    }
    if (problem.errorCount > listed.size()) {
      body.put("errorsNotListed", problem.errorCount - listed.size());
    }
    return bytes(body, problem.status);
  }

  /**
   * The body of an unexpected failure in {@code language}: no detail beyond the id to quote to
   * the operator.
   */
  static byte[] internalError(String instance, String problemId, Language language) {
    boolean zh = language == Language.ZH;
    ObjectNode body = MAPPER.createObjectNode()
        .put("type", TYPE_BASE + "internal-error")
        .put("title", zh ? "服务器内部错误" : "Internal error")
        .put("status", 500)
        .put("detail", zh ? "服务器意外出错;请向管理员提供问题编号" + problemId
            : "the server failed unexpectedly; quote problem id " + problemId)
        .put("instance", instance)
        .put("problemId", problemId);
    body.putArray("errors");
    return bytes(body, 500);
  }

  private static byte[] bytes(ObjectNode body, int status) {
    try {
      return MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      // A tree of strings and numbers always serializes; keep the status if it ever does not.
      return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
    }
  }
}
