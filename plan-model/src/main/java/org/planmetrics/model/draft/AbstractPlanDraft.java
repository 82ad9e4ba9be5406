package org.planmetrics.model.draft;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
@JsonPropertyOrder({"draftPlan", "targets", "responsibilities", "notRead"})
public abstract class AbstractPlanDraft {

  /** The draft as built; kept to this package, since a JSON tree can be changed in place. */
  @JsonIgnore
  abstract ObjectNode draftPlanTree();

  /**
   * The draft plan file, a copy of its own for each call, so that no caller can change the
   * draft. Placeholders start with {@link PlanDrafts#TO_FILL}.
   */
  @JsonProperty("draftPlan")
  public ObjectNode draftPlan() {
    return draftPlanTree().deepCopy();
  }

  public abstract List<DraftTarget> targets();

  public abstract List<DraftResponsibility> responsibilities();

  public abstract List<NotRead> notRead();
}
