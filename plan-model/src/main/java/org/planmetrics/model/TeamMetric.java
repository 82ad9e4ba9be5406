package org.planmetrics.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Optional;
import org.planmetrics.model.quantity.Unit;

/**
 * A figure by which the investment office measures a team (招商组团) each month, for example
 * {@code signed-investment}: the investment of the team's projects signed in the year, in 亿元.
 * In files and JSON each metric is written by its {@link #id()}.
 *
 * <p>The plan text asks for each team's 指标排位 (四.(二).5) without naming the 指标; these five
 * are what a county's task sheet (任务分解表) sets and what the project ledger and the activity log
 * can count.
 */
public enum TeamMetric {
  /** 签约额: the investment of the team's projects signed in the year, in 亿元. */
  @JsonProperty("signed-investment")
  SIGNED_INVESTMENT("signed-investment", Unit.CNY_100M, "签约额", "signed investment"),
  /** 签约项目数: how many of the team's projects were signed in the year. */
  @JsonProperty("signed-projects")
  SIGNED_PROJECTS("signed-projects", Unit.COUNT, "签约项目数", "signed projects"),
  /**
   * 重大项目数: the team's projects counted in the year (at the tier rules' counting stage) whose
   * investment falls in any tier band of the plan, for example a “100” or a “50·20” project.
   */
  @JsonProperty("major-projects")
  MAJOR_PROJECTS("major-projects", Unit.COUNT, "重大项目数", "major projects"),
  /** 开工项目数: the team's projects whose construction started in the year. */
  @JsonProperty("started-projects")
  STARTED_PROJECTS("started-projects", Unit.COUNT, "开工项目数", "started projects"),
  /** 招商活动次数: events logged for the team in the year. */
  @JsonProperty("activities")
  ACTIVITIES("activities", Unit.COUNT, "招商活动次数", "investment promotion activities");

  private final String id;
  private final Unit unit;
  private final LocalizedText name;

  TeamMetric(String id, Unit unit, String zh, String en) {
    this.id = id;
    this.unit = unit;
    this.name = LocalizedText.of(zh, en);
  }

  /** The metric as files write it, for example {@code signed-investment}. */
  public String id() {
    return id;
  }

  /** The unit of the metric's actuals and tasks: CNY_100M for investment, else COUNT. */
  public Unit unit() {
    return unit;
  }

  /** The metric's name as a bulletin writes it, for example 签约额 / signed investment. */
  public LocalizedText displayName() {
    return name;
  }

  /** The metric written {@code id}, for example {@code signed-projects}. */
  public static Optional<TeamMetric> fromId(String id) {
    return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
  }
}
