package org.planmetrics.model.draft;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.immutables.value.Value;

/**
 * What the draft read from a plan's text: a draft plan file shaped like {@code plan.schema.json}
 * as far as the text allows, with every value a person must supply marked "待填 TO FILL"; the
 * targets with their spans and readings; the responsible units; and every sentence with a number
 * that was not read, with why.
 */
@Value.Immutable
@JsonSerialize(as = PlanDraft.class)
@JsonDeserialize(as = PlanDraft.class)
public abstract class AbstractPlanDraft {

  /** The draft plan file. Placeholders start with {@link PlanDrafts#TO_FILL}. */
  public abstract ObjectNode draftPlan();

  public abstract List<DraftTarget> targets();

  public abstract List<DraftResponsibility> responsibilities();

  public abstract List<NotRead> notRead();
}
