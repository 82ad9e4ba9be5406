package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.immutables.value.Value;
import org.planmetrics.model.TeamRankingRule;

/**
 * The monthly team ranking (每月通报各组团指标排位, 四.(二).5), for example for May 2023: each
 * team's figures from 1 January through 31 May against its annual tasks, the time progress 5/12,
 * and the teams in rank order, unranked teams last.
 */
@Value.Immutable
@JsonSerialize(as = TeamRanking.class)
@JsonDeserialize(as = TeamRanking.class)
abstract class AbstractTeamRanking {

  public abstract String planId();

  public abstract YearMonth month();

  /** The last day counted: the month's end. */
  public abstract LocalDate through();

  /** Months elapsed ÷ 12, as a fraction: 5/12 for May. */
  public abstract BigDecimal timeProgress();

  /** The plan's rule, with its note that it is a reading. */
  public abstract TeamRankingRule rule();

  /** Ranked teams by rank (ties in roster order), then unranked teams in roster order. */
  public abstract List<TeamStanding> teams();
}
