package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A recurring duty the plan sets, for example {@code team-meetings-monthly}: "每月至少召开2次招商组团
 * 小分队会议", at least 2 events of kind {@code TEAM_MEETING} per {@code MONTH}.
 *
 * <p>Several requirements may share an event kind: 四.(二).5 and 五.2 both ask for weekly
 * bulletins, and one logged bulletin counts towards both.
 */
@Value.Immutable
@JsonSerialize(as = CadenceRequirement.class)
@JsonDeserialize(as = CadenceRequirement.class)
public abstract class AbstractCadenceRequirement {

  public abstract String id();

  public abstract String clause();

  /** The kind of logged event that counts, in UPPER_SNAKE_CASE, for example {@code TRAINING}. */
  public abstract String kind();

  public abstract LocalizedText name();

  /** The words of the document that set the cadence. */
  public abstract LocalizedText text();

  public abstract CadencePeriod period();

  /** The fewest events each period must have. */
  public abstract int minimumCount();

  /** The id of the unit that holds the meetings or issues the bulletins. */
  public abstract String owner();

  /**
   * Whether the text names the owner. Where it does not, the owner is the editors' reading (the
   * unit that coordinates the work) and this is false.
   */
  public abstract boolean ownerStatedInText();
}
