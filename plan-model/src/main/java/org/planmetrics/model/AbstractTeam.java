package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A team (组团) that the plan text itself creates, for example the legal team (法务团队) of
 * 四.(二).1, led by 市司法局. The office's whole roster of teams, and each team's yearly tasks,
 * are decided each year and come with the observations, not with the plan.
 */
@Value.Immutable
@JsonSerialize(as = Team.class)
@JsonDeserialize(as = Team.class)
public abstract class AbstractTeam {

  /** A stable id, for example {@code legal-team}. */
  public abstract String id();

  public abstract LocalizedText name();

  /** The clause that creates the team, for example 四.(二).1. */
  public abstract String clause();

  /** The words of the plan that create the team. */
  public abstract LocalizedText text();

  /** The unit that leads it (牵头), where the text names one. */
  public abstract Optional<String> lead();

  /** The other units the text names as taking part (参与), in the text's order. */
  public abstract List<String> members();
}
