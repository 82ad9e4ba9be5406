package org.planmetrics.metrics.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.planmetrics.metrics.result.ActivityCount;
import org.planmetrics.metrics.result.BulletinItem;
import org.planmetrics.metrics.result.SignedProject;
import org.planmetrics.metrics.result.StalledProject;
import org.planmetrics.metrics.result.TeamMetricStanding;
import org.planmetrics.metrics.result.TeamStanding;
import org.planmetrics.metrics.result.TeamWeek;
import org.planmetrics.metrics.result.WeeklyBulletin;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.TeamMetric;

/**
 * The weekly bulletin written out, section by section, as plain text (for the JSON answer and a
 * message) or as Markdown (to paste into a document): 一、目标完成情况, 二、本周新签约项目,
 * 三、各组团本周情况, 四、上月组团排位 (first week of a month only), 五、滞缓项目, 六、未完成的工作要求,
 * 七、依据的解读. An empty section says so in a line rather than disappearing, so a reader sees it
 * was checked.
 */
public final class BulletinText {

  private BulletinText() {}

  /** The bulletin as plain text in both languages. */
  public static LocalizedText plain(WeeklyBulletin bulletin) {
    return LocalizedText.of(write(bulletin, Language.ZH, false),
        write(bulletin, Language.EN, false));
  }

  /** The bulletin as Markdown in both languages. */
  public static LocalizedText markdown(WeeklyBulletin bulletin) {
    return LocalizedText.of(write(bulletin, Language.ZH, true),
        write(bulletin, Language.EN, true));
  }

  /** The bulletin's title, for example 共青城市招商简讯 2024年第16周. */
  public static LocalizedText title(LocalizedText place, int weekYear, int week) {
    return LocalizedText.of(place.zh() + "招商简讯 " + weekYear + "年第" + week + "周",
        place.en() + " investment promotion newsletter, week " + week + " of " + weekYear);
  }

  private static String write(WeeklyBulletin b, Language language, boolean markdown) {
    boolean zh = language != Language.EN;
    StringBuilder out = new StringBuilder();
    out.append(markdown ? "# " : "").append(b.title().in(language)).append('\n');
    out.append(zh ? b.from() + "至" + b.through() + ",数据截至" + b.through()
        : b.from() + " to " + b.through() + ", figures as of " + b.through()).append('\n');
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("目标完成情况", "Targets", items(b.targets(), language),
        "无", "none"));
    sections.add(new Section("本周新签约项目", "Projects signed this week",
        lines(b.signings(), s -> signing(s, language)), "本周无新签约项目", "no project signed"));
    // Markdown, pasted into a document, gets the teams as tables; plain text keeps sentences.
    boolean teamTable = markdown && !b.teams().isEmpty();
    sections.add(new Section("各组团本周情况", "The teams this week",
        teamTable ? teamTable(b.teams(), zh) : lines(b.teams(), t -> t.summary().in(language)),
        "未报送组团名单", "no roster of teams", teamTable));
    b.ranking().ifPresent(r -> {
      boolean rankingTable = markdown && !r.teams().isEmpty();
      sections.add(new Section(
          r.month().getYear() + "年" + r.month().getMonthValue() + "月组团排位",
          "Team ranking for " + Phrases.monthName(r.month()),
          rankingTable ? rankingTable(r.teams(), language)
              : lines(r.teams(), t -> rank(t, language)), "无", "none", rankingTable));
    });
    sections.add(new Section("滞缓项目", "Stalled projects",
        lines(b.stalled(), s -> s.summary().in(language)), "无滞缓项目", "none"));
    sections.add(new Section("未完成的工作要求", "Duties that fell short",
        items(b.duties(), language), "各项工作要求均已落实", "none"));
    sections.add(new Section("依据的解读", "Readings relied on",
        lines(b.readings(), r -> r.summary().in(language)), "无", "none"));
    String[] numbers = {"一", "二", "三", "四", "五", "六", "七"};
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      out.append('\n').append(markdown ? "## " : "")
          .append(zh ? numbers[i] + "、" + section.zh : (i + 1) + ". " + section.en).append('\n');
      if (section.lines.isEmpty()) {
        out.append(markdown ? "- " : "· ").append(zh ? section.emptyZh : section.emptyEn)
            .append('\n');
      }
      for (String line : section.lines) {
        // A table's rows are written as they are; any other line is an item of a list.
        out.append(section.table ? "" : markdown ? "- " : "· ").append(line).append('\n');
      }
    }
    return out.toString();
  }

  private static List<String> items(List<BulletinItem> items, Language language) {
    return lines(items, item -> item.text().in(language));
  }

  private static <T> List<String> lines(List<T> values, Function<T, String> line) {
    List<String> lines = new ArrayList<>();
    values.forEach(value -> lines.add(line.apply(value)));
    return lines;
  }

  private static String signing(SignedProject s, Language language) {
    String amount = DisplayRounding.amount(s.investment()).toPlainString();
    // The team by its name where the roster has it, else by its id.
    String team = s.team().map(t -> s.teamName().map(n -> n.in(language)).orElse(t))
        .map(t -> language == Language.EN ? ", " + t : "," + t).orElse("");
    return language == Language.EN
        ? s.project() + " " + s.name() + ", signed " + s.signedOn() + ", " + amount
            + " (CNY 100 million)" + team
        : s.project() + " " + s.name() + "," + s.signedOn() + "签约," + amount + "亿元" + team;
  }

  private static String rank(TeamStanding t, Language language) {
    return t.summary().in(language);
  }

  /**
   * The teams' week as a Markdown table: activities, signings and the investment signed this
   * week, then the year so far: investment signed, its completion of the annual task ("–"
   * without a task) and the projects signed.
   */
  private static List<String> teamTable(List<TeamWeek> teams, boolean zh) {
    List<String> rows = new ArrayList<>();
    rows.add(zh ? "| 组团 | 本周活动(次) | 本周签约(个) | 本周签约额(亿元) | 年初以来签约额(亿元) | 完成年度任务 "
            + "| 年初以来签约项目(个) |"
        : "| Team | Activities this week | Signed this week | Investment signed this week "
            + "(CNY 100 million) | Signed year to date (CNY 100 million) | Of the annual task "
            + "| Projects year to date |");
    rows.add("|---|---:|---:|---:|---:|---:|---:|");
    for (TeamWeek t : teams) {
      TeamMetricStanding investment = metric(t.yearToDate(), TeamMetric.SIGNED_INVESTMENT);
      TeamMetricStanding projects = metric(t.yearToDate(), TeamMetric.SIGNED_PROJECTS);
      rows.add("| " + cell(t.name().in(zh ? Language.ZH : Language.EN))
          + " | " + t.activities().stream().mapToInt(ActivityCount::count).sum()
          + " | " + t.signed().size()
          + " | " + DisplayRounding.amount(t.signedInvestment()).toPlainString()
          + " | " + DisplayRounding.amount(investment.actual()).toPlainString()
          + " | " + investment.completion().map(DisplayRounding::percent).orElse("–")
          + " | " + projects.actual().stripTrailingZeros().toPlainString() + " |");
    }
    return rows;
  }

  /**
   * The month's ranking as a Markdown table: rank, team, score, then each metric's completion
   * ("–" without a task); an unranked team shows why in place of its score.
   */
  private static List<String> rankingTable(List<TeamStanding> teams, Language language) {
    boolean zh = language != Language.EN;
    List<TeamMetric> metrics = List.of(TeamMetric.SIGNED_INVESTMENT, TeamMetric.SIGNED_PROJECTS,
        TeamMetric.MAJOR_PROJECTS, TeamMetric.STARTED_PROJECTS);
    StringBuilder header = new StringBuilder(zh ? "| 名次 | 组团 | 综合完成率 |"
        : "| Rank | Team | Overall completion |");
    StringBuilder rule = new StringBuilder("|---:|---|---:|");
    for (TeamMetric m : metrics) {
      header.append(' ').append(cell(Phrases.capitalised(m.displayName().in(language))))
          .append(" |");
      rule.append("---:|");
    }
    List<String> rows = new ArrayList<>(List.of(header.toString(), rule.toString()));
    for (TeamStanding t : teams) {
      StringBuilder row = new StringBuilder("| ")
          .append(t.rank().map(String::valueOf).orElse("–")).append(" | ")
          .append(cell(t.name().in(language))).append(" | ")
          .append(t.score().map(DisplayRounding::percent)
              .orElseGet(() -> cell(t.unranked().map(u -> u.in(language)).orElse("–"))))
          .append(" |");
      for (TeamMetric m : metrics) {
        row.append(' ').append(t.metrics().stream().filter(s -> s.metric() == m).findFirst()
            .flatMap(TeamMetricStanding::completion).map(DisplayRounding::percent).orElse("–"))
            .append(" |");
      }
      rows.add(row.toString());
    }
    return rows;
  }

  private static TeamMetricStanding metric(List<TeamMetricStanding> figures, TeamMetric metric) {
    return figures.stream().filter(f -> f.metric() == metric).findFirst().orElseThrow();
  }

  /** A table cell: a '|' in a name would end the cell, so it is escaped. */
  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  private record Section(String zh, String en, List<String> lines, String emptyZh,
      String emptyEn, boolean table) {

    Section(String zh, String en, List<String> lines, String emptyZh, String emptyEn) {
      this(zh, en, lines, emptyZh, emptyEn, false);
    }
  }
}
