package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Reading;

/**
 * The weekly bulletin (招商简讯, 五.4: 用好招商简讯每周督导“指挥棒”), one document an office can
 * circulate, as of the week's Sunday: every target in one line, the week's new signings, each
 * team's week, the month's team ranking in the first week of a month, the stalled projects and the
 * duties that fell short; and the whole of it as text.
 */
@Value.Immutable
@JsonSerialize(as = WeeklyBulletin.class)
@JsonDeserialize(as = WeeklyBulletin.class)
abstract class AbstractWeeklyBulletin {

  public abstract String planId();

  /** The ISO week, for example {@code 2024-W23}. */
  public abstract String week();

  // "from" is a field of the JSON and the OpenAPI document, so it keeps its name; Immutables then
  // leaves out its builder's from(instance) copy method, which nothing calls, and says so.
  @SuppressWarnings("immutables:from")
  public abstract LocalDate from();

  /** The week's Sunday: everything is as of this day. */
  public abstract LocalDate through();

  public abstract LocalizedText title();

  /** Every target of the plan, in plan order. */
  public abstract List<BulletinItem> targets();

  /** The projects signed in the week, every team's and none. */
  public abstract List<SignedProject> signings();

  /** Each roster team's week. */
  public abstract List<TeamWeek> teams();

  /**
   * The ranking of the month that just ended, in the first week of a month (the week whose
   * Monday is one of the month's first seven days); empty in other weeks or without a roster.
   */
  public abstract Optional<TeamRanking> ranking();

  /** Stalled projects, longest wait first. */
  public abstract List<StalledProject> stalled();

  /** The reporting duties that are MISSED or BEHIND. */
  public abstract List<BulletinItem> duties();

  /**
   * The readings the bulletin relies on, once each, in the order of the readings in force: those
   * its lines name and those whose {@code reports} include the bulletin.
   */
  public abstract List<Reading> readings();

  /** The whole bulletin as plain text, section by section. */
  public abstract LocalizedText text();
}
