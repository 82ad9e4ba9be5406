package org.planmetrics.metrics.bulletin;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.planmetrics.metrics.wording.ReadingSentences;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Reading;
import org.planmetrics.model.Target;

/**
 * The weekly bulletin (招商简讯) for an ISO week, assembled as of the week's Sunday from the
 * scorecard, the weekly team report, the monthly ranking (in the first week of a month), the
 * project funnel's stalled projects and the cadences. Observations dated after the Sunday are
 * left out, as for any assessment at that date. Each line is the assessment's sentence headed by
 * the target's short name; the readings the sentences rely on are listed once, at the end, rather
 * than after every line.
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
    Assessor assessor = Assessor.of(plan);
    Scorecard scorecard = assessor.scorecard(asOfSunday);
    List<BulletinItem> targets = new ArrayList<>();
    for (Assessment a : scorecard.assessments()) {
      targets.add(item(assessor, a.targetId(), a.status(), a.explanation(), a.readings())
          .name(plan.target(a.targetId()).flatMap(Target::name)).build());
    }
    List<BulletinItem> duties = new ArrayList<>();
    for (CadenceAssessment c : scorecard.cadences()) {
      if (c.status() == Status.MISSED || c.status() == Status.BEHIND) {
        duties.add(item(assessor, c.cadenceId(), c.status(), c.explanation(), c.readings())
            .build());
      }
    }
    List<SignedProject> signings = new ArrayList<>();
    for (LedgerProject p : observations.projects()) {
      if (p.signedWithin(monday, sunday)) {
        signings.add(SignedProject.builder().project(p.id()).name(p.name())
            .signedOn(p.signedOn().orElseThrow()).investment(p.investment()).direction(p.direction())
            .team(p.team()).teamName(p.team().map(observations::teamName)).build());
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
        .readings(readings(assessor, targets, duties, ranking.isPresent()))
        .text(LocalizedText.of("", ""))
        .build();
    return bulletin.withText(BulletinText.plain(bulletin));
  }

  /** A line of the bulletin: the sentence without its readings, which the bulletin lists once. */
  private static BulletinItem.Builder item(Assessor assessor, String id, Status status,
      LocalizedText explanation, List<String> readingIds) {
    List<Reading> relied = assessor.readings().stream()
        .filter(r -> readingIds.contains(r.id())).collect(Collectors.toList());
    return BulletinItem.builder().id(id).status(status)
        .text(ReadingSentences.withoutReadings(explanation, relied)).readings(readingIds);
  }

  /**
   * The readings the lines name and those the bulletin's own sections rely on, in the order of
   * the readings in force; the team-ranking rule only when the bulletin carries a ranking.
   */
  private static List<Reading> readings(Assessor assessor, List<BulletinItem> targets,
      List<BulletinItem> duties, boolean ranked) {
    Set<String> named = new HashSet<>();
    targets.forEach(t -> named.addAll(t.readings()));
    duties.forEach(d -> named.addAll(d.readings()));
    return assessor.readings().stream()
        .filter(r -> named.contains(r.id()) || r.reports().contains("bulletin"))
        .filter(r -> ranked || !r.id().equals(Reading.TEAM_RANKING_RULE_ID))
        .collect(Collectors.toList());
  }
}
