package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing wrong with an input document, a plan file or observations, for example at {@code
 * /goals/0/targets/2/indicator}, rule {@code unknown-reference}: "'indicator' must name an
 * indicator of the plan but was 'fdi'".
 *
 * <p>The path is a JSON Pointer (RFC 6901) into the document, so a person or a tool can find the
 * field at once; the empty pointer is the whole document. Plans and observations share this one
 * type so that every layer above reports input errors the same way.
 */
@Value.Immutable
@JsonSerialize(as = Violation.class)
@JsonDeserialize(as = Violation.class)
public abstract class AbstractViolation {

  /** Where: a JSON Pointer into the document, for example {@code /units/3/id}. */
  @Value.Parameter
  public abstract String path();

  /** Which rule was broken, a short stable code such as {@code duplicate-id}. */
  @Value.Parameter
  public abstract String rule();

  /** A sentence naming the field, the rule and the bad value, in English. */
  @Value.Parameter
  public abstract String message();

  /**
   * The same sentence in Chinese, for the county offices that read Chinese first, for example
   * "'indicator'须为本方案的指标,实为'fdi'"; empty where no Chinese wording is written yet.
   */
  public abstract Optional<String> messageZh();

  /** The message in both languages; Chinese falls back to the English where none is written. */
  public LocalizedText messages() {
    return LocalizedText.of(messageZh().orElse(message()), message());
  }

  /** The offending value as written, where there is one. */
  @Value.Parameter
  public abstract Optional<String> value();

  /** For example {@code /units/3/id [duplicate-id] 'id' must be unique but 'x' is used twice}. */
  @Override
  public String toString() {
    return in(Language.EN);
  }

  /**
   * The violation as one line in {@code language}: its pointer, its rule and its message, for
   * example {@code /units/3/id [duplicate-id] 'id'须唯一,但'x'在/units/0已使用}.
   */
  public String in(Language language) {
    return (path().isEmpty() ? "/" : path()) + " [" + rule() + "] "
        + messages().in(language);
  }
}
