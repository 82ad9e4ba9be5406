package org.planmetrics.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;

/**
 * Language negotiation and localized siblings. {@code ?lang=} wins over {@code Accept-Language};
 * Chinese is the default. Responses keep every text in both languages, and add beside each
 * {@code {"zh", "en"}} member a {@code <member>Text} string in the chosen language, for example
 * {@code "explanationText"} beside {@code "explanation"}.
 */
final class Localizer {

  private Localizer() {}

  /**
   * The language of the request: {@code ?lang=en|zh}, else Accept-Language, else Chinese.
   *
   * @throws ApiProblem 400 {@code bad-parameter} for a {@code lang} other than zh or en (in that
   *     case: {@code EN} is refused, as every other query value of the API is case-sensitive), or
   *     for {@code lang} given twice
   */
  static Language language(Context ctx) {
    String lang = QueryParameters.optional(ctx, "lang");
    if (lang != null && parameter(lang) == null) {
      throw ApiProblem.badParameter("lang", "must be 'zh' or 'en' but was '" + lang + "'",
          "须为'zh'或'en',实为'" + lang + "'", lang);
    }
    return language(lang, ctx.header("Accept-Language"));
  }

  /**
   * The language to answer a problem in, which never fails: {@code lang} if it is zh or en, else
   * {@code acceptLanguage}, else Chinese. A problem about {@code ?lang=fr} itself is answered in
   * the language of Accept-Language.
   */
  static Language forProblem(Context ctx) {
    try {
      return language(ctx.queryParam("lang"), ctx.header("Accept-Language"));
    } catch (RuntimeException e) {
      // A query that cannot be decoded: the problem is answered in the default language.
      return Language.ZH;
    }
  }

  /**
   * The language of a request whose query is {@code query} (undecoded, may be null) and whose
   * Accept-Language is {@code acceptLanguage}; for answers written before Javalin sees a request.
   */
  static Language forRawRequest(String query, String acceptLanguage) {
    String lang = null;
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("lang=")) {
          // The first, as Javalin reads it for other answers.
          lang = pair.substring("lang=".length());
          break;
        }
      }
    }
    return language(lang, acceptLanguage);
  }

  /** {@code lang} if it names zh or en, else the language of {@code header}, else Chinese. */
  static Language language(String lang, String header) {
    Language chosen = lang == null ? null : parameter(lang);
    if (chosen != null) {
      return chosen;
    }
    if (header == null || header.isBlank()) {
      return Language.ZH;
    }
    try {
      // The ranges come sorted by q-value, highest first, the client's order kept among equal
      // ones; the first that names zh or en wins. A range of q=0 says "not this language".
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
        if (range.getWeight() == 0) {
          continue;
        }
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

  /** The language {@code ?lang=} names, exactly {@code zh} or {@code en}, or null. */
  private static Language parameter(String lang) {
    if (lang.equals("en")) {
      return Language.EN;
    }
    return lang.equals("zh") ? Language.ZH : null;
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

  /**
   * A copy of {@code mapper} whose bean serializers write, after every {@link LocalizedText}
   * property (plain or optional), its {@code <member>Text} sibling in the language given as the
   * writer attribute {@code Language.class}, for example {@code
   * withTextSiblings(mapper).writer().withAttribute(Language.class, Language.EN)}. Without the
   * attribute no sibling is written. For a scorecard this gives the same members as {@link
   * #localize} on {@code valueToTree}, without building and walking a tree first, which was a third
   * of a scorecard request's time (docs/performance.md); the siblings come right after their
   * texts instead of at the end of each object.
   */
  static ObjectMapper withTextSiblings(ObjectMapper mapper) {
    ObjectMapper copy = mapper.copy();
    copy.registerModule(new SimpleModule("localized-text-siblings")
        .setSerializerModifier(new BeanSerializerModifier() {
          @Override
          public List<BeanPropertyWriter> changeProperties(SerializationConfig config,
              BeanDescription description, List<BeanPropertyWriter> properties) {
            List<BeanPropertyWriter> withSiblings = new ArrayList<>();
            for (BeanPropertyWriter property : properties) {
              withSiblings.add(property);
              if (holdsLocalizedText(property.getType())) {
                withSiblings.add(new TextSibling(property));
              }
            }
            return withSiblings;
          }
        }));
    return copy;
  }

  private static boolean holdsLocalizedText(JavaType type) {
    JavaType held = type.isReferenceType() ? type.getReferencedType() : type;
    return LocalizedText.class.isAssignableFrom(held.getRawClass());
  }

  /** {@code <member>Text}: the text of {@code <member>} in the writer's language. */
  private static final class TextSibling extends BeanPropertyWriter {
    private static final long serialVersionUID = 1L;

    TextSibling(BeanPropertyWriter text) {
      super(text, PropertyName.construct(text.getName() + "Text"));
    }

    @Override
    public void serializeAsField(Object bean, JsonGenerator generator,
        SerializerProvider provider) throws Exception {
      Object value = get(bean);
      if (value instanceof Optional) {
        value = ((Optional<?>) value).orElse(null);
      }
      Object language = provider.getAttribute(Language.class);
      if (value instanceof LocalizedText && language != null) {
        LocalizedText text = (LocalizedText) value;
        generator.writeStringField(getName(), language == Language.EN ? text.en() : text.zh());
      }
    }
  }

  private static boolean isLocalizedText(JsonNode value) {
    return value.isObject() && value.size() == 2 && value.path("zh").isTextual()
        && value.path("en").isTextual();
  }
}
