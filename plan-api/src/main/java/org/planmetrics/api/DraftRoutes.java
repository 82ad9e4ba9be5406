package org.planmetrics.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.draft.PlanDraft;
import org.planmetrics.model.draft.PlanDrafts;
import org.planmetrics.model.json.PlanJson;

/**
 * {@code POST /api/v1/plan-drafts}: a plan's text in ({@code text/plain; charset=utf-8}, or JSON
 * {@code {"text": "..."}}), a first draft of its plan file and the report out: the targets with
 * their spans and readings, the responsible units and every sentence with a number not read.
 * Problems: 415 for another content type or charset, 413 over the body limit, 400 for a body
 * that is not UTF-8, not JSON of that shape, or holds no text.
 */
final class DraftRoutes {

  private final ObjectMapper mapper = PlanJson.mapper();
  private final long maxBodyBytes;

  DraftRoutes(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  void draft(Context ctx) {
    Language lang = JsonResponses.negotiateLanguage(ctx);
    String contentType = ctx.contentType();
    String media = contentType == null ? "" : contentType.split(";")[0].trim()
        .toLowerCase(Locale.ROOT);
    boolean plain = media.equals("text/plain");
    if (!plain && !media.equals("application/json")) {
      throw unsupported(contentType);
    }
    if (plain && !utf8(contentType)) {
      throw unsupported(contentType);
    }
    byte[] body = ObservationsReader.boundedBody(ctx, maxBodyBytes);
    String text = plain ? decode(body) : textOf(body);
    if (text.isBlank()) {
      throw invalid(plain ? "" : "/text", "empty-text", LocalizedText.of(
          "方案原文为空,请在请求内容中给出方案的全文", "the plan's text is empty: give the whole text"
              + " of the plan in the body"), null);
    }
    PlanDraft draft = PlanDrafts.draft(text);
    ObjectNode answer = mapper.createObjectNode();
    answer.set("draftPlan", draft.draftPlan());
    // Readings and reasons get their text in the request's language beside them (whyText);
    // the draft file itself stays as a plan file is written, zh and en.
    answer.set("targets", Localizer.localize(mapper.valueToTree(draft.targets()), lang));
    answer.set("responsibilities", mapper.valueToTree(draft.responsibilities()));
    answer.set("notRead", Localizer.localize(mapper.valueToTree(draft.notRead()), lang));
    JsonResponses.json(ctx, answer);
  }

  /** Whether a text/plain body is UTF-8: so declared, or no charset at all (UTF-8 by default). */
  private static boolean utf8(String contentType) {
    for (String parameter : contentType.split(";")) {
      String[] pair = parameter.trim().split("=", 2);
      if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
        String charset = pair[1].trim().replace("\"", "");
        return charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8");
      }
    }
    return true;
  }

  private static String decode(byte[] body) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body))
          .toString().replaceFirst("^\uFEFF", "");
    } catch (CharacterCodingException e) {
      throw invalid("", "not-utf-8", LocalizedText.of("请求内容不是UTF-8文本;请以UTF-8编码发送方案原文",
          "the body is not UTF-8 text: send the plan's text encoded as UTF-8"), null);
    }
  }

  private String textOf(byte[] body) {
    JsonNode tree;
    try {
      tree = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw BodyProblems.malformed(e, body);
    } catch (java.io.IOException e) {
      throw BodyProblems.unreadable(e);
    }
    if (tree == null || !tree.isObject() || !tree.path("text").isTextual()) {
      throw invalid("/text", "text-required", LocalizedText.of(
          "请求内容须为 {\"text\": \"方案原文\"},其中 text 为字符串",
          "the body must be {\"text\": \"the plan's text\"} with text a string"), null);
    }
    return tree.get("text").asText();
  }

  private static ApiProblem invalid(String pointer, String rule, LocalizedText message,
      String value) {
    return ApiProblem.of(400, "invalid-body", "Invalid request body", pointer, rule, message,
        value);
  }

  private static ApiProblem unsupported(String contentType) {
    String shown = contentType == null ? "missing" : "'" + contentType + "'";
    String shownZh = contentType == null ? "缺失" : "'" + contentType + "'";
    return ApiProblem.of(415, "unsupported-media-type", "Unsupported media type", "",
        "unsupported-media-type", LocalizedText.of(
            "请求内容须为 text/plain; charset=utf-8(方案原文)或 application/json({\"text\": …}),"
                + "但Content-Type为" + shownZh,
            "the body must be text/plain; charset=utf-8 (the plan's text) or application/json"
                + " ({\"text\": …}) but the Content-Type was " + shown), contentType);
  }
}
