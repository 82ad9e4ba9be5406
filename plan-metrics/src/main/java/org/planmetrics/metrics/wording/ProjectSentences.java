package org.planmetrics.metrics.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planmetrics.metrics.result.StalledProject;
import org.planmetrics.model.LocalizedText;

/**
 * The sentences of the project supervision reports (全过程督查), for example
 * "P-2023-09 某项目,招商一组,培优培旺商贸消费项目:签约后191天仍未开工" / "P-2023-09 A project, Team 1,
 * Commerce and consumption projects: not started 191 days after signing".
 */
public final class ProjectSentences {

  private ProjectSentences() {}

  /**
   * A stalled project's line: its id and name, then its team and key direction where the ledger
   * names them, so that whoever reads the bulletin knows who is to follow it up.
   */
  public static LocalizedText stalled(String project, String name, Optional<LocalizedText> team,
      Optional<LocalizedText> direction, StalledProject.Stage stage, long days) {
    List<String> zh = new ArrayList<>(List.of(project + " " + name));
    List<String> en = new ArrayList<>(zh);
    team.ifPresent(t -> {
      zh.add(t.zh());
      en.add(t.en());
    });
    direction.ifPresent(d -> {
      zh.add(d.zh());
      en.add(d.en());
    });
    String who = String.join(",", zh);
    String whoEn = String.join(", ", en);
    if (stage == StalledProject.Stage.NOT_STARTED) {
      return LocalizedText.of(who + ":签约后" + days + "天仍未开工",
          whoEn + ": not started " + days + " days after signing");
    }
    return LocalizedText.of(who + ":开工后" + days + "天仍未投产",
        whoEn + ": not producing " + days + " days after its start");
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
