package org.planmetrics.model.draft;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;

/**
 * A sentence (or the part of one between commas) holding a number the draft did not turn into a
 * target, with why, so that a person can decide: a date, a document number, a programme's name,
 * a past result, a cadence of meetings, or a form the draft does not read with certainty.
 */
@Value.Immutable
@JsonSerialize(as = NotRead.class)
@JsonDeserialize(as = NotRead.class)
public abstract class AbstractNotRead {

  public abstract Span span();

  /** The words of the span, line breaks removed. */
  public abstract String text();

  /** The clause the words stand in, for example {@code 四.(二).5}; empty before the first heading. */
  public abstract String clause();

  /** A stable code for the reason, for example {@code past-result} or {@code document-number}. */
  public abstract String reason();

  public abstract LocalizedText why();
}
