package org.planmetrics.metrics.bulletin;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.projects.ProjectFunnels;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.BulletinItem;
import org.planmetrics.metrics.result.CadenceAssessment;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.SignedProject;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.TeamRanking;
import org.planmetrics.metrics.result.WeeklyBulletin;
import org.planmetrics.metrics.result.WeeklyTeamReport;
import org.planmetrics.metrics.teams.TeamRankings;
import org.planmetrics.metrics.teams.TeamReports;
import org.planmetrics.metrics.wording.BulletinText;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;

/**
 * The weekly bulletin (招商简讯) for an ISO week, assembled as of the week's Sunday from the
 * scorecard, the weekly team report, the monthly ranking (in the first week of a month), the
 * project funnel's stalled projects and the cadences. Observations dated after the Sunday are
 * left out, as for any assessment at that date.
 */
public final class Bulletins {

  private static final int FIRST_WEEK_DAYS = 7;

  private Bulletins() {}

  /**
   * The bulletin for ISO week {@code week} of week-based year {@code weekYear}.
   *
   * @throws org.planmetrics.model.InvalidArgumentException if the week does not exist in that
   *     year or ends after the observations' {@code asOf}
   * @throws NullPointerException if an argument is null
   */
  public static WeeklyBulletin weekly(Plan plan, Observations observations, int weekYear,
      int week) {
    requireNonNull(plan, "'plan' must not be null");
    requireNonNull(observations, "'observations' must not be null");
    WeeklyTeamReport teams = TeamReports.weekly(plan, observations, weekYear, week);
    LocalDate monday = teams.from();
    LocalDate sunday = teams.through();
    Observations asOfSunday = observations.withAsOf(sunday);
    Scorecard scorecard = Assessor.of(plan).scorecard(asOfSunday);
    List<BulletinItem> targets = new ArrayList<>();
    for (Assessment a : scorecard.assessments()) {
      targets.add(BulletinItem.builder().id(a.targetId()).status(a.status())
          .text(a.explanation()).build());
    }
    List<BulletinItem> duties = new ArrayList<>();
    for (CadenceAssessment c : scorecard.cadences()) {
      if (c.status() == Status.MISSED || c.status() == Status.BEHIND) {
        duties.add(BulletinItem.builder().id(c.cadenceId()).status(c.status())
            .text(c.explanation()).build());
      }
    }
    Map<String, LocalizedText> teamNames = new HashMap<>();
    observations.teams().forEach(t -> teamNames.putIfAbsent(t.id(), t.name()));
    List<SignedProject> signings = new ArrayList<>();
    for (LedgerProject p : observations.projects()) {
      if (!p.signedOn().isBefore(monday) && !p.signedOn().isAfter(sunday)) {
        signings.add(SignedProject.builder().project(p.id()).name(p.name())
            .signedOn(p.signedOn()).investment(p.investment()).direction(p.direction())
            .team(p.team()).teamName(p.team().map(teamNames::get)).build());
      }
    }
    Optional<TeamRanking> ranking = Optional.empty();
    if (monday.getDayOfMonth() <= FIRST_WEEK_DAYS && !observations.teams().isEmpty()) {
      ranking = Optional.of(TeamRankings.ranking(plan, asOfSunday,
          YearMonth.from(monday).minusMonths(1)));
    }
    LocalizedText place = plan.peerGroup().units().stream()
        .filter(u -> u.id().equals(plan.peerGroup().self())).findFirst()
        .map(u -> u.name()).orElse(plan.title());
    WeeklyBulletin bulletin = WeeklyBulletin.builder()
        .planId(plan.id())
        .week(teams.week())
        .from(monday)
        .through(sunday)
        .title(BulletinText.title(place, weekYear, week))
        .targets(targets)
        .signings(signings)
        .teams(teams.teams())
        .ranking(ranking)
        .stalled(ProjectFunnels.funnel(plan, asOfSunday).stalled())
        .duties(duties)
        .text(LocalizedText.of("", ""))
        .build();
    return bulletin.withText(BulletinText.plain(bulletin));
  }
}
