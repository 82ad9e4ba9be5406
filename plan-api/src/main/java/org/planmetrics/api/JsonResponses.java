package org.planmetrics.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.Set;
import org.planmetrics.model.Language;
import org.planmetrics.model.json.PlanJson;

/**
 * Writes a {@code 200 application/json} answer, for example {@code {"status": "UP", ...}} for
 * {@code /health}, with the project's JSON settings; and the answer's language, announced in
 * {@code Content-Language}.
 */
final class JsonResponses {

  private JsonResponses() {}

  /** The request's language, announced in the Content-Language header of the response. */
  static Language negotiateLanguage(Context ctx) {
    return announce(ctx, Localizer.language(ctx));
  }

  /**
   * Announces {@code language} in the Content-Language header, and that the answer depends on
   * Accept-Language ({@code Vary}), so that no cache hands one language's answer to another;
   * returns it.
   */
  static Language announce(Context ctx, Language language) {
    ctx.header("Content-Language", language == Language.EN ? "en" : "zh");
    vary(ctx, "Accept-Language");
    return language;
  }

  /**
   * Adds {@code names} to the response's {@code Vary} header, keeping what it names already (for
   * example {@code Origin}, from CORS), each name once.
   */
  static void vary(Context ctx, String... names) {
    Set<String> all = new LinkedHashSet<>();
    String current = ctx.res().getHeader("Vary");
    if (current != null) {
      for (String name : current.split(",")) {
        if (!name.isBlank()) {
          all.add(name.trim());
        }
      }
    }
    for (String name : names) {
      if (all.stream().noneMatch(name::equalsIgnoreCase)) {
        all.add(name);
      }
    }
    ctx.header("Vary", String.join(", ", all));
  }

  static void json(Context ctx, JsonNode body) {
    ctx.contentType("application/json").result(bytes(PlanJson.writer(), body));
  }

  /**
   * {@code body} as the JSON bytes of an answer, its numbers within the precision policy ({@link
   * AnswerNumbers}); a value that cannot be written is a bug, not a bad request.
   */
  static byte[] bytes(ObjectWriter writer, Object body) {
    try {
      return AnswerNumbers.writer(writer).writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the response", e);
    }
  }
}
