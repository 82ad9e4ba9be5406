package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A choice the plan file encodes that the text does not state, with why, for example {@code
 * tier-bands} (二.2): the text never says what a "50·20" project is, and the file reads it as a
 * total investment of at least 20 and under 100 亿元, counted in the year of signing. The targets
 * and cadences that depend on a reading name it in their explanations.
 *
 * <p>The window ("未来三年") is a reading too, but its data lives in the window's own readings;
 * {@link #WINDOW_ID} is kept for it. So are the team-ranking rule and the stalled-project
 * deadlines, whose data lives in the plan's {@code teamRanking} and {@code stalledProjects}:
 * {@link #TEAM_RANKING_RULE_ID} and {@link #STALLED_PROJECT_DEADLINES_ID}.
 */
@Value.Immutable
@JsonSerialize(as = Reading.class)
@JsonDeserialize(as = Reading.class)
public abstract class AbstractReading {

  /** The id of the reading of the window, which no reading of a plan file may take. */
  public static final String WINDOW_ID = "window";

  /** The id of the reading of the team-ranking rule ({@code teamRanking}). */
  public static final String TEAM_RANKING_RULE_ID = "team-ranking-rule";

  /** The id of the reading of the stalled-project deadlines ({@code stalledProjects}). */
  public static final String STALLED_PROJECT_DEADLINES_ID = "stalled-project-deadlines";

  /** The ids a plan file's readings may not take: the readings that live elsewhere take them. */
  public static final List<String> RESERVED_IDS =
      List.of(WINDOW_ID, TEAM_RANKING_RULE_ID, STALLED_PROJECT_DEADLINES_ID);

  /**
   * The reports beside the scorecard that a reading can bear on, by the names {@link #reports()}
   * uses: the monthly team ranking, the weekly team report, the quarterly team review, the
   * project funnel, the breakdown by key direction and the weekly bulletin.
   */
  public static final List<String> REPORTS = List.of("team-ranking", "weekly-team-report",
      "quarterly-team-review", "project-funnel", "project-breakdown", "bulletin");

  /** A stable kebab-case id, for example {@code tier-bands}. */
  public abstract String id();

  /** The clause read, for example {@code 二.2}; absent where the reading spans the document. */
  public abstract Optional<String> clause();

  /** The words of the document that are read, where there are such words. */
  public abstract Optional<LocalizedText> text();

  /** What the file reads into them, as a phrase the explanations quote. */
  public abstract LocalizedText summary();

  /** Why, and the other readings the text allows. */
  public abstract LocalizedText rationale();

  /** The ids of the targets whose assessment depends on this reading, in plan order. */
  public abstract List<String> targets();

  /** The ids of the cadences whose assessment depends on this reading, in plan order. */
  public abstract List<String> cadences();

  /**
   * The reports beside the scorecard whose own figures depend on this reading, from {@link
   * #REPORTS}: the tier bands, for example, decide which of a team's projects are major projects.
   * The bulletin also quotes the scorecard's lines, which name their readings themselves.
   */
  public abstract List<String> reports();
}
