package org.planmetrics.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.planmetrics.model.Language;

/**
 * Language negotiation and localized siblings. {@code ?lang=} wins over {@code Accept-Language};
 * Chinese is the default. Responses keep every text in both languages, and add beside each
 * {@code {"zh", "en"}} member a {@code <member>Text} string in the chosen language, for example
 * {@code "explanationText"} beside {@code "explanation"}.
 */
final class Localizer {

  private Localizer() {}

  /** The language of the request: {@code ?lang=en|zh}, else Accept-Language, else Chinese. */
  static Language language(Context ctx) {
    String lang = ctx.queryParam("lang");
    if (lang != null) {
      if (lang.equalsIgnoreCase("en")) {
        return Language.EN;
      }
      if (lang.equalsIgnoreCase("zh")) {
        return Language.ZH;
      }
      throw ApiProblem.badParameter("lang", "must be 'zh' or 'en' but was '" + lang + "'", lang);
    }
    String header = ctx.header("Accept-Language");
    if (header == null || header.isBlank()) {
      return Language.ZH;
    }
    try {
      // The first range that names zh or en wins, in the client's order of preference.
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
        String tag = range.getRange().toLowerCase(Locale.ROOT);
        if (tag.startsWith("en")) {
          return Language.EN;
        }
        if (tag.startsWith("zh")) {
          return Language.ZH;
        }
      }
    } catch (IllegalArgumentException e) {
      // A malformed header is not worth refusing a request over: fall back to the default.
    }
    return Language.ZH;
  }

  /** Adds {@code <member>Text} beside every localized text in {@code node}, recursively. */
  static JsonNode localize(JsonNode node, Language language) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
      for (Map.Entry<String, JsonNode> field : fields) {
        JsonNode value = field.getValue();
        if (isLocalizedText(value)) {
          object.put(field.getKey() + "Text",
              value.get(language == Language.EN ? "en" : "zh").asText());
        } else {
          localize(value, language);
        }
      }
    } else if (node.isArray()) {
      node.forEach(child -> localize(child, language));
    }
    return node;
  }

  private static boolean isLocalizedText(JsonNode value) {
    return value.isObject() && value.size() == 2 && value.path("zh").isTextual()
        && value.path("en").isTextual();
  }
}
