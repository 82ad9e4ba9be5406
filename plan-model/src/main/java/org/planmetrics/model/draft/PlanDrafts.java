package org.planmetrics.model.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Unit;

/**
 * A first draft of a plan file from a plan's own text, for a county that starts from its
 * document rather than from JSON:
 *
 * <pre>{@code
 * PlanDraft draft = PlanDrafts.draft(Files.readString(Path.of("plan.txt")));
 * draft.targets();   // each with its spans and readings
 * draft.notRead();   // every sentence with a number that was not read, and why
 * draft.draftPlan(); // the plan file to finish: look for "待填 TO FILL"
 * }</pre>
 *
 * <p>The reading is rule-based and conservative: a number becomes a target only when its kind,
 * operator, threshold, unit and subject can all be read; everything else is listed as not read.
 */
public final class PlanDrafts {

  /** The start of every value a person must fill in. */
  public static final String TO_FILL = "待填 TO FILL: ";

  private PlanDrafts() {}

  /** Reads {@code text}, a plan in simplified or traditional Chinese. */
  public static PlanDraft draft(String text) {
    Objects.requireNonNull(text, "text");
    DraftReader reader = new DraftReader(new SourceText(text));
    reader.read();
    List<DraftReader.TargetPlace> places = withDenominators(reader.places);
    List<DraftTarget> targets = new ArrayList<>();
    places.forEach(p -> targets.add(p.target()));
    return PlanDraft.builder()
        .draftPlanTree(DraftPlanFile.of(reader, places))
        .targets(targets)
        .responsibilities(reader.responsibilities)
        .notRead(reader.notRead)
        .build();
  }

  /**
   * A share "其中…占比" counts among the projects of the targets just before it in its clause:
   * their tiers are its denominator.
   */
  private static List<DraftReader.TargetPlace> withDenominators(
      List<DraftReader.TargetPlace> places) {
    List<DraftReader.TargetPlace> out = new ArrayList<>();
    for (int i = 0; i < places.size(); i++) {
      DraftReader.TargetPlace p = places.get(i);
      DraftTarget t = p.target();
      ObjectNode selection = t.selection().orElse(null);
      if (selection != null && selection.has("denominatorFromPreviousTargets")) {
        Set<String> tiers = new LinkedHashSet<>();
        for (int j = 0; j < i; j++) {
          DraftTarget before = places.get(j).target();
          if (before.clause().equals(t.clause()) && before.selection().isPresent()
              && before.selection().get().has("tiers")) {
            before.selection().get().get("tiers").forEach(n -> tiers.add(n.asText()));
          }
        }
        ObjectNode copy = selection.deepCopy();
        copy.remove("denominatorFromPreviousTargets");
        if (tiers.isEmpty()) {
          copy.put("denominator", TO_FILL + "分母 the denominator");
        } else {
          ArrayNode array = copy.putObject("denominator").putArray("tiers");
          tiers.forEach(array::add);
        }
        t = t.withSelection(copy);
      }
      out.add(new DraftReader.TargetPlace(p.section(), t));
    }
    return out;
  }

  /** The draft plan file: what the text gives, and a marked placeholder for everything else. */
  static final class DraftPlanFile {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DraftPlanFile() {}

    static ObjectNode of(DraftReader reader, List<DraftReader.TargetPlace> places) {
      SourceText source = reader.source();
      ObjectNode plan = JSON.objectNode();
      plan.put("formatVersion", 1);
      plan.put("id", TO_FILL + "kebab-case id of the plan");
      plan.set("title", text(TO_FILL + "方案标题", TO_FILL + "the plan's title"));
      // The document's own facts a plan file records; the body of the text does not give them.
      plan.set("issuer", text(TO_FILL + "发文机关", TO_FILL + "the issuer"));
      plan.set("publishingDepartment", text(TO_FILL + "发布部门", TO_FILL + "the publishing department"));
      plan.put("publicationDate", TO_FILL + "发布日期 YYYY-MM-DD");
      plan.put("informationIndexNumber", TO_FILL + "索引号 the information index number");
      ObjectNode window = plan.putObject("window");
      window.put("selected", "text");
      ObjectNode reading = window.putArray("readings").addObject();
      reading.put("id", "text");
      reading.putObject("window").put("startYear", TO_FILL + "first year")
          .put("endYear", TO_FILL + "last year");
      reading.set("rationale", text(TO_FILL + "期间依据(如原文“未来三年”)",
          TO_FILL + "why these years (the text may say only “the next three years”)"));
      Map<String, ObjectNode> indicators = new LinkedHashMap<>();
      ArrayNode goals = JSON.arrayNode();
      ArrayNode readings = JSON.arrayNode();
      Map<DraftReader.Section, ObjectNode> goalOf = new LinkedHashMap<>();
      int targetNumber = 0;
      for (DraftReader.TargetPlace place : places) {
        DraftReader.Section section = place.section();
        DraftTarget t = place.target();
        ObjectNode goal = goalOf.computeIfAbsent(section, s -> {
          ObjectNode g = goals.addObject();
          g.put("id", "goal-" + (goalOf.size() + 1));
          g.put("clause", s.clause);
          String title = source.words(s.titleStart, s.titleEnd);
          g.set("title", text(title.isEmpty() ? TO_FILL + "目标标题" : title,
              TO_FILL + "English title"));
          g.set("text", text(source.words(s.bodyStart, s.end), TO_FILL + "English rendering"));
          g.putArray("targets");
          return g;
        });
        targetNumber++;
        String id = "target-" + targetNumber;
        ObjectNode target = ((ArrayNode) goal.get("targets")).addObject();
        target.put("id", id);
        target.put("clause", t.clause());
        target.set("text", text(t.text(), TO_FILL + "English rendering"));
        target.put("kind", t.kind().name());
        switch (t.kind().subject()) {
          case INDICATOR:
            ObjectNode indicator = indicators.computeIfAbsent(t.indicatorAsWritten(), name -> {
              ObjectNode n = JSON.objectNode();
              n.put("id", "indicator-" + (indicators.size() + 1));
              n.set("name", text(name, TO_FILL + "English name"));
              n.put("unit", TO_FILL + "unit of the indicator (USD_100M, CNY_100M …)");
              return n;
            });
            if (t.kind() == TargetKind.CUMULATIVE_AMOUNT || t.kind() == TargetKind.PERIOD_AMOUNT) {
              indicator.put("unit", t.unit().name());
            } else if (t.kind() == TargetKind.LEVEL) {
              // A rate's level is a LEVEL; a count or a balance at a date is a STOCK (the field
              // indicator.nature carries the reading).
              indicator.put("unit", t.unit().name());
              indicator.put("nature", t.unit() == Unit.RATIO ? "LEVEL" : "STOCK");
            } else if (t.kind() == TargetKind.FIRST_TIER_RANK) {
              indicator.put("unit", "INDEX");
            }
            target.put("indicator", indicator.get("id").asText());
            break;
          case PROJECTS:
            target.set("projects", t.selection().<JsonNode>map(ObjectNode::deepCopy)
                .orElseGet(JSON::objectNode));
            break;
          case COHORT:
            t.cohort().ifPresent(c -> target.set("cohort", c.deepCopy()));
            t.reached().ifPresent(r -> target.set("reached", r.deepCopy()));
            break;
          default:
            target.set("share", t.selection().<JsonNode>map(ObjectNode::deepCopy)
                .orElseGet(JSON::objectNode));
            break;
        }
        target.put("operator", t.operator().name());
        target.putObject("threshold").put("value", t.thresholdValue()).put("unit", t.unit().name());
        target.put("commitment", t.commitment().name());
        t.periodOfAmount().ifPresent(p -> target.set("period", p.deepCopy()));
        if (t.operator() == ComparisonOperator.APPROXIMATELY) {
          // No text states the tolerance of 左右: the file does not pass check-plan until it is set.
          target.putObject("tolerance").put("value", TO_FILL + "容差 the tolerance of 左右")
              .put("unit", t.unit().name());
        }
        t.stretch().ifPresent(st -> target.set("stretch", st.deepCopy()));
        for (DraftField f : t.fields()) {
          if (f.reading().isPresent()) {
            ObjectNode r = readings.addObject();
            // Ids are kebab-case: projectTiers.minForeignCapital gives
            // target-1-project-tiers-min-foreign-capital.
            r.put("id", id + "-" + f.field().replace('.', '-')
                .replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT));
            r.put("clause", t.clause());
            r.set("text", text(t.text(), TO_FILL + "English rendering"));
            r.set("summary", text(f.reading().get().zh(), f.reading().get().en()));
            r.set("rationale", text(f.reading().get().zh(), f.reading().get().en()));
            r.putArray("targets").add(id);
          }
        }
      }
      ArrayNode indicatorArray = plan.putArray("indicators");
      indicators.values().forEach(indicatorArray::add);
      plan.set("goals", goals);
      addUnitsAndMeasures(plan, reader);
      // Items without a 责任单位 list and cadences are left to a person (cadences are listed in
      // notRead); the schema requires the lists, so they are there, empty.
      plan.putArray("keyDirections");
      plan.putArray("safeguards");
      plan.putArray("cadences");
      plan.set("projectTiers", projectTiers(reader, places, readings));
      plan.set("peerGroup", peerGroup());
      plan.set("readings", readings);
      return plan;
    }

    /**
     * The tiers the selections name: a size the text gives ("10亿元以上项目") with its bounds as
     * read, a named tier (“100”项目) with its bounds to fill; investor types to fill when a
     * selection asks for top investors. With a size and any other tier, the tiers are NESTED (a
     * reading says why).
     */
    private static ObjectNode projectTiers(DraftReader reader, List<DraftReader.TargetPlace> places,
        ArrayNode readings) {
      Set<String> tiers = new LinkedHashSet<>();
      List<String> targetsWithTiers = new ArrayList<>();
      boolean topInvestor = false;
      for (int i = 0; i < places.size(); i++) {
        ObjectNode selection = places.get(i).target().selection().orElse(null);
        if (selection != null) {
          for (JsonNode side : List.of(selection, selection.path("numerator"),
              selection.path("denominator"))) {
            side.path("tiers").forEach(t -> tiers.add(t.asText()));
            String id = "target-" + (i + 1); // the ids of() gives, in the same order
            if (side.has("tiers") && !targetsWithTiers.contains(id)) {
              targetsWithTiers.add(id);
            }
            topInvestor |= side.path("topInvestor").asBoolean();
          }
        }
      }
      ObjectNode node = JSON.objectNode();
      ArrayNode array = node.putArray("tiers");
      List<String> named = new ArrayList<>();
      List<String> sizes = new ArrayList<>();
      for (String tier : tiers) {
        ObjectNode size = reader.sizeTiers.get(tier);
        if (size != null) {
          array.add(size.deepCopy());
          sizes.add(tier);
          continue;
        }
        named.add(tier);
        ObjectNode t = array.addObject();
        t.put("id", tier);
        t.set("name", text("“" + tier + "”项目", TO_FILL + "English name"));
        t.putObject("minInvestment").put("value", TO_FILL + "下限(含) the lower bound")
            .put("unit", "CNY_100M");
      }
      if (!sizes.isEmpty() && tiers.size() > 1) {
        node.put("bandMode", "NESTED");
        readings.add(nestedReading(sizes, named, targetsWithTiers));
      }
      ArrayNode types = node.putArray("topInvestorTypes");
      if (topInvestor) {
        types.add(TO_FILL + "FORTUNE_GLOBAL_500, PRIVATE_TOP_500, LISTED …");
      }
      return node;
    }

    /**
     * Why sizes make the tiers NESTED: "10亿元以上" and "亿元以上" say by their words that a project
     * of 10亿元 is both. Named tiers have no words on their bounds; NESTED counts a project in
     * every tier whose lower bound it reaches, which a person checks when filling their bounds in.
     */
    private static ObjectNode nestedReading(List<String> sizes, List<String> named,
        List<String> targets) {
      String sizeList = "“" + String.join("”“", sizes) + "”";
      String zh = "项目规模" + sizeList + "写作档次,“以上”按字面包含更大的项目(10亿元的项目也是亿元以上项目),"
          + "故档次按嵌套(NESTED)计数:一个项目计入其投资额达到下限的每个档次";
      String en = "the project sizes " + sizeList + " are written as tiers, and 以上 includes every"
          + " larger project (a 10亿元 project is also a 亿元以上 project), so the tiers are NESTED:"
          + " a project counts in every tier whose lower bound it reaches";
      if (!named.isEmpty()) {
        String namedList = "“" + String.join("”“", named) + "”";
        zh += ";具名档次" + namedList + "的下限原文未写,待人工填写。嵌套方式下,具名档次也计入投资额达到其下限的所有项目;"
            + "若本地的具名档次是互不重叠的区间,嵌套与之不合,须先改写规模档次或选择条件,再定档次方式";
        en += "; the named tiers " + namedList + " have no bounds in the text and a person fills"
            + " them in. NESTED counts every project that reaches a named tier's lower bound in it"
            + " too; if the county's named tiers are bands that do not overlap, NESTED does not fit"
            + " them, and the size tiers or the selections must be rewritten before the band mode"
            + " is chosen";
      }
      ObjectNode r = JSON.objectNode();
      r.put("id", "project-tiers-nested");
      r.set("summary", text("规模档次按嵌套计数", "size tiers are nested"));
      r.set("rationale", text(zh, en));
      ArrayNode array = r.putArray("targets");
      targets.forEach(array::add);
      return r;
    }

    /** The units ranked together for 第一方阵: only the county itself until a person lists them. */
    private static ObjectNode peerGroup() {
      ObjectNode node = JSON.objectNode();
      node.put("id", "peer-group");
      node.set("name", text(TO_FILL + "排位的范围(如全市各县市区)", TO_FILL + "the peer group"));
      node.put("self", "self");
      node.putArray("units").addObject().put("id", "self")
          .set("name", text(TO_FILL + "本县(市、区)名称", TO_FILL + "this county's name"));
      node.putObject("firstTierRule").put("method", "TOP_FRACTION")
          .put("denominator", TO_FILL + "第一方阵为前几分之一 (3: rank ≤ ceil(n / 3))");
      return node;
    }

    private static void addUnitsAndMeasures(ObjectNode plan, DraftReader reader) {
      SourceText source = reader.source();
      Map<String, String> unitIds = new LinkedHashMap<>();
      Map<String, ObjectNode> measures = new LinkedHashMap<>();
      for (DraftResponsibility r : reader.responsibilities) {
        String unitId = unitIds.computeIfAbsent(r.unitAsWritten(),
            name -> "unit-" + (unitIds.size() + 1));
        ObjectNode measure = measures.computeIfAbsent(r.clause(), clause -> {
          ObjectNode m = JSON.objectNode();
          m.put("id", "measure-" + (measures.size() + 1));
          m.put("clause", clause);
          m.put("category", TO_FILL + "METHOD, MECHANISM … (or move to keyDirections/safeguards)");
          reader.sections().stream().filter(s -> s.clause.equals(clause)).findFirst()
              .ifPresent(s -> {
                m.set("title", text(source.words(s.titleStart, s.titleEnd),
                    TO_FILL + "English title"));
                m.set("text", text(source.words(s.bodyStart, s.end), TO_FILL + "English rendering"));
              });
          m.putArray("responsibilities");
          return m;
        });
        ObjectNode entry = ((ArrayNode) measure.get("responsibilities")).addObject();
        entry.put("unit", unitId);
        entry.put("role", r.role().name());
        r.scope().ifPresent(scope -> entry.set("scope", text(scope, TO_FILL + "English scope")));
      }
      ArrayNode units = plan.putArray("units");
      unitIds.forEach((name, id) -> {
        ObjectNode u = units.addObject();
        u.put("id", id);
        u.set("name", text(name, TO_FILL + "English name"));
        u.put("kind", TO_FILL + "MUNICIPAL_BUREAU, OTHER …");
      });
      ArrayNode array = plan.putArray("measures");
      measures.values().forEach(array::add);
    }

    private static ObjectNode text(String zh, String en) {
      ObjectNode node = JSON.objectNode();
      node.put("zh", zh);
      node.put("en", en);
      return node;
    }
  }
}
