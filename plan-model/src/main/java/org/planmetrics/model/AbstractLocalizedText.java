package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A text in Chinese, verbatim from the source document, with an English rendering, for example
 * {@code {"zh": "市商务局", "en": "Municipal Bureau of Commerce"}}.
 */
@Value.Immutable
@JsonSerialize(as = LocalizedText.class)
@JsonDeserialize(as = LocalizedText.class)
public abstract class AbstractLocalizedText {

  /** The Chinese text, exactly as the document writes it. */
  @Value.Parameter
  public abstract String zh();

  /** The English rendering. */
  @Value.Parameter
  public abstract String en();

  /** The text in {@code language}: English for {@code en}, Chinese for everything else. */
  public String in(Language language) {
    return language == Language.EN ? en() : zh();
  }

  /** The text for a locale: English for English locales, Chinese otherwise. */
  public String in(Locale locale) {
    return in(Language.of(locale));
  }
}
