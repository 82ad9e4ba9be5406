package org.planmetrics.metrics.wording;

import org.planmetrics.metrics.result.StalledProject;
import org.planmetrics.model.LocalizedText;

/**
 * The sentences of the project supervision reports (全过程督查), for example
 * "P-2022-01签约后838天仍未开工" / "P-2022-01: not started 838 days after signing".
 */
public final class ProjectSentences {

  private ProjectSentences() {}

  /** A stalled project's line. */
  public static LocalizedText stalled(String project, StalledProject.Stage stage, long days) {
    if (stage == StalledProject.Stage.NOT_STARTED) {
      return LocalizedText.of(project + "签约后" + days + "天仍未开工",
          project + ": not started " + days + " days after signing");
    }
    return LocalizedText.of(project + "开工后" + days + "天仍未投产",
        project + ": not producing " + days + " days after its start");
  }

  /** The name of the group of projects that name no key direction. */
  public static LocalizedText noDirection() {
    return LocalizedText.of("未归入重点方向", "no key direction");
  }

  /** The name of the group of projects that name no team. */
  public static LocalizedText noTeam() {
    return LocalizedText.of("未归入组团", "no team");
  }
}
