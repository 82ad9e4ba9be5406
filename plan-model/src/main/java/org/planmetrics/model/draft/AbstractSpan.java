package org.planmetrics.model.draft;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Where words stand in the text given to the draft: {@code start} inclusive and {@code end}
 * exclusive, counted in Java chars (UTF-16 code units) of that text as given, before any
 * conversion of script or removal of line breaks, so that {@code text.substring(start, end)}
 * shows them.
 */
@Value.Immutable
@JsonSerialize(as = Span.class)
@JsonDeserialize(as = Span.class)
public abstract class AbstractSpan {

  @Value.Parameter
  public abstract int start();

  @Value.Parameter
  public abstract int end();

  @Value.Check
  protected void check() {
    if (start() < 0 || end() < start()) {
      throw new IllegalArgumentException("span [" + start() + ", " + end() + ") is not a range");
    }
  }

  /** The words of the span in {@code text}. */
  public String in(String text) {
    return text.substring(start(), end());
  }
}
