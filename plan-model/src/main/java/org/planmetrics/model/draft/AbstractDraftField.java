package org.planmetrics.model.draft;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;

/**
 * One field of a drafted target and where it came from: its value as the plan file writes it
 * ({@code AT_LEAST}, {@code 0.07}, {@code 二.1}), the words it was read from, and, wherever the
 * text left a choice open, the reading that was made, in Chinese and English.
 */
@Value.Immutable
@JsonSerialize(as = DraftField.class)
@JsonDeserialize(as = DraftField.class)
public abstract class AbstractDraftField {

  /** The plan-file field: clause, indicator, kind, operator, threshold, unit, commitment, period. */
  public abstract String field();

  public abstract String value();

  /** The words read; absent where the value comes from no words (no commitment word: PLAIN). */
  public abstract Optional<Span> span();

  /** Why this value, where the text does not say it outright. */
  public abstract Optional<LocalizedText> reading();
}
