package org.planmetrics.metrics.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Reading;
import org.planmetrics.model.Target;
import org.planmetrics.model.time.PlanWindow;
import org.planmetrics.model.time.WindowReading;

/**
 * The readings an assessment relies on, and how its explanation says so, for example "…。落后。
 * 依据的解读:规划期按2022—2024年计。" / "… Behind. Readings relied on: the window is read as
 * 2022–2024.". The readings in force are the window's, worded here from the reading selected,
 * then those of the plan file ({@link Plan#readings()}).
 */
public final class ReadingSentences {

  private ReadingSentences() {}

  /**
   * The readings the assessments of {@code plan} rely on: first the window's, when the plan
   * weighs more than one reading of its period (a window the text states is no reading), then
   * the plan file's, in file order. The window's bears on every target and every cadence.
   */
  public static List<Reading> inForce(Plan plan) {
    List<Reading> readings = new ArrayList<>();
    if (plan.windowSelection().readings().size() > 1) {
      readings.add(window(plan));
    }
    readings.addAll(plan.readings());
    return List.copyOf(readings);
  }

  /**
   * The reading of the window in force, for example "规划期按2022—2024年计" / "the window is read as
   * 2022–2024", with the selected reading's rationale and then the others'.
   */
  static Reading window(Plan plan) {
    String selected = plan.windowSelection().selected();
    PlanWindow w = plan.window();
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    WindowReading chosen = plan.windowSelection().reading(selected).orElseThrow();
    zh.append(chosen.rationale().zh());
    en.append(chosen.rationale().en());
    for (WindowReading other : plan.windowSelection().readings()) {
      if (!other.id().equals(selected)) {
        zh.append("另一读法:").append(other.rationale().zh());
        en.append(" Another reading: ").append(other.rationale().en());
      }
    }
    return Reading.builder()
        .id(Reading.WINDOW_ID)
        .summary(LocalizedText.of("规划期按" + w.startYear() + "—" + w.endYear() + "年计",
            "the window is read as " + w.startYear() + "–" + w.endYear()))
        .rationale(LocalizedText.of(zh.toString(), en.toString()))
        .targets(plan.targets().stream().map(Target::id).collect(Collectors.toList()))
        .cadences(plan.cadences().stream().map(CadenceRequirement::id)
            .collect(Collectors.toList()))
        .build();
  }

  /**
   * {@code explanation} followed by the readings it relies on, by their summaries: "…。依据的解读:
   * 规划期按2022—2024年计;…。" / "… Readings relied on: the window is read as 2022–2024; ….".
   * Without readings, the explanation as it is.
   */
  public static LocalizedText withReadings(LocalizedText explanation, List<Reading> readings) {
    if (readings.isEmpty()) {
      return explanation;
    }
    LocalizedText summaries = Phrases.join(
        readings.stream().map(Reading::summary).collect(Collectors.toList()), ";", "; ");
    // An explanation that is a bare reason has no full stop yet: the readings follow one.
    String zh = explanation.zh().endsWith("。") ? explanation.zh() : explanation.zh() + "。";
    String en = explanation.en().endsWith(".") ? explanation.en() : explanation.en() + ".";
    return LocalizedText.of(zh + "依据的解读:" + summaries.zh() + "。",
        en + " Readings relied on: " + summaries.en() + ".");
  }
}
