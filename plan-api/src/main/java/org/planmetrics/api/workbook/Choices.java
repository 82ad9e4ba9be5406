package org.planmetrics.api.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.ActivityKind;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.InvestorType;
import org.planmetrics.model.Plan;
import org.planmetrics.model.TeamMetric;

/**
 * The values a drop-down list offers, each an id of the plan with its Chinese name, for example
 * {@code TEAM_MEETING 招商组团小分队会议、招商组团小分队推进会}. The list shows {@link #shown} forms, and
 * a cell is read back by {@link #id}: the id alone, the Chinese name alone, or both as the list
 * wrote them all give the id.
 */
final class Choices {

  private static final Pattern SEPARATORS = Pattern.compile("[;；,，、\\s]+");

  private final Map<String, String> names;

  private Choices(Map<String, String> names) {
    this.names = names;
  }

  /** Choices from ids to their Chinese names, in the order given. */
  static Choices of(Map<String, String> names) {
    return new Choices(new LinkedHashMap<>(names));
  }

  static Choices indicators(Plan plan) {
    return of(plan.indicators().stream().collect(Collectors.toMap(i -> i.id(),
        i -> i.name().zh(), (a, b) -> a, LinkedHashMap::new)));
  }

  /**
   * The kinds of event the plan counts: each cadence's kind, named by the cadences that count it
   * (two cadences may share a kind), then the teams' activity kinds.
   */
  static Choices eventKinds(Plan plan) {
    Map<String, List<String>> byKind = new LinkedHashMap<>();
    for (CadenceRequirement cadence : plan.cadences()) {
      byKind.computeIfAbsent(cadence.kind(), k -> new ArrayList<>()).add(cadence.name().zh());
    }
    for (ActivityKind kind : plan.activityKinds()) {
      byKind.computeIfAbsent(kind.kind(), k -> new ArrayList<>()).add(kind.name().zh());
    }
    Map<String, String> names = new LinkedHashMap<>();
    byKind.forEach((kind, list) -> names.put(kind, String.join("、", list)));
    return of(names);
  }

  static Choices peers(Plan plan) {
    return of(plan.peerGroup().units().stream().collect(Collectors.toMap(u -> u.id(),
        u -> u.name().zh(), (a, b) -> a, LinkedHashMap::new)));
  }

  static Choices directions(Plan plan) {
    return of(plan.keyDirections().stream().collect(Collectors.toMap(d -> d.id(),
        d -> d.title().zh(), (a, b) -> a, LinkedHashMap::new)));
  }

  static Choices units(Plan plan) {
    return of(plan.units().stream().collect(Collectors.toMap(u -> u.id(), u -> u.name().zh(),
        (a, b) -> a, LinkedHashMap::new)));
  }

  static Choices metrics() {
    Map<String, String> names = new LinkedHashMap<>();
    for (TeamMetric metric : TeamMetric.values()) {
      names.put(metric.id(), metric.displayName().zh());
    }
    return of(names);
  }

  /** The investor types the plan prizes (二.2), with the names the text uses. */
  static Choices investorTypes() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put(InvestorType.FORTUNE_GLOBAL_500.name(), "世界500强");
    names.put(InvestorType.CHINA_TOP_500.name(), "中国企业500强");
    names.put(InvestorType.PRIVATE_TOP_500.name(), "民营企业500强");
    names.put(InvestorType.MULTINATIONAL.name(), "跨国公司");
    names.put(InvestorType.LISTED.name(), "上市公司");
    names.put(InvestorType.INDUSTRY_LEADER.name(), "行业龙头企业");
    return of(names);
  }

  /** 是 and 否. */
  static List<String> yesNo() {
    return List.of("是", "否");
  }

  /** How a status reads in a workbook: 达标 … 无法评估; never colour alone. */
  static String statusWord(Status status, boolean chinese) {
    return chinese ? status.chineseName() : status.englishName();
  }

  /** The forms the drop-down list shows: {@code id 名称}, or the id where there is no name. */
  List<String> shown() {
    return names.entrySet().stream()
        .map(e -> e.getValue().isBlank() ? e.getKey() : e.getKey() + " " + e.getValue())
        .collect(Collectors.toList());
  }

  /** The form shown for {@code id}. */
  String shown(String id) {
    String name = names.getOrDefault(id, "");
    return name.isBlank() ? id : id + " " + name;
  }

  List<String> ids() {
    return List.copyOf(names.keySet());
  }

  String name(String id) {
    return names.getOrDefault(id, id);
  }

  /**
   * The id {@code written} stands for: the id, the Chinese name, or {@code id 名称} (also {@code
   * id(名称)}); empty when it names none of them.
   */
  Optional<String> id(String written) {
    String text = written.strip();
    if (names.containsKey(text)) {
      return Optional.of(text);
    }
    int cut = firstSeparator(text);
    if (cut > 0 && names.containsKey(text.substring(0, cut))) {
      return Optional.of(text.substring(0, cut));
    }
    String wanted = Layout.normalized(text);
    for (Map.Entry<String, String> entry : names.entrySet()) {
      if (Layout.normalized(entry.getValue()).equals(wanted)
          || Layout.normalized(entry.getKey()).equals(wanted)) {
        return Optional.of(entry.getKey());
      }
    }
    return Optional.empty();
  }

  /**
   * Every id of a cell holding several choices separated by ; 、 , or spaces, in order, each once;
   * the parts that name none are returned in {@code unknown}.
   */
  List<String> ids(String written, List<String> unknown) {
    List<String> found = new ArrayList<>();
    for (String part : SEPARATORS.split(written.strip())) {
      if (part.isEmpty()) {
        continue;
      }
      Optional<String> id = id(part);
      if (id.isPresent()) {
        if (!found.contains(id.get())) {
          found.add(id.get());
        }
      } else if (!names.containsValue(part)) {
        unknown.add(part);
      }
    }
    return found;
  }

  private static int firstSeparator(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '(' || c == '(') {
        return i;
      }
    }
    return -1;
  }
}
