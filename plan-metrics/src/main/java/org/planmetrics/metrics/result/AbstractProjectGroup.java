package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;

/**
 * The projects of one key direction (重点方向) or one team, for example 新兴壮大: 5 projects, 227
 * 亿元, 42.0% of all investment, 4 major. The group of projects that name no direction (or no
 * team) has no id.
 */
@Value.Immutable
@JsonSerialize(as = ProjectGroup.class)
@JsonDeserialize(as = ProjectGroup.class)
abstract class AbstractProjectGroup {

  /** The key direction's or the team's id; empty for the projects that name none. */
  public abstract Optional<String> id();

  public abstract LocalizedText name();

  public abstract int projects();

  /** Their investment, in 亿元. */
  public abstract BigDecimal investment();

  /** investment ÷ the investment of all projects counted, a fraction; empty when that is 0. */
  public abstract Optional<BigDecimal> investmentShare();

  /** Those in a tier band of the plan (“100”, “50·20”). */
  public abstract int majorProjects();
}
