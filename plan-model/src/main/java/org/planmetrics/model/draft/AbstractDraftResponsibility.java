package org.planmetrics.model.draft;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.planmetrics.model.ResponsibilityRole;

/**
 * A unit named as responsible, as the text writes it: listed under 责任单位 ({@code RESPONSIBLE}),
 * said to lead (牵头, 负责统筹: {@code LEAD}) or to take part (参与, 配合: {@code PARTICIPANT}).
 */
@Value.Immutable
@JsonSerialize(as = DraftResponsibility.class)
@JsonDeserialize(as = DraftResponsibility.class)
public abstract class AbstractDraftResponsibility {

  /** The clause of the item, for example {@code 四.(二).1}. */
  public abstract String clause();

  /** The unit's name exactly as written, for example 市商务局 or 各招商成员单位. */
  public abstract String unitAsWritten();

  public abstract ResponsibilityRole role();

  public abstract Span span();

  /** For a lead or a participant: the words of the clause that name the work. */
  public abstract Optional<String> scope();
}
