package org.planmetrics.metrics.observation;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.planmetrics.model.json.JsonPointers;

/**
 * The rules observations hold to as a whole, whichever way they are made, for example
 * "'ranks/2022-12' must not be the same period (2022) as 'ranks/2022' but was '2022-12'": {@link
 * Observations} refuses to be built against them (its {@code @Value.Check}), and the readers of
 * JSON, CSV and workbooks report every one they find, each at its pointer, before they build.
 *
 * <ul>
 *   <li>{@code bad-period}: {@code series} (inside each indicator), {@code peers} and {@code
 *       ranks} are keyed by a {@link PeriodKey}, {@code YYYY} for a full year or {@code YYYY-MM}
 *       for the year to date;
 *   <li>{@code duplicate-period}: no two keys of one of those maps name the same period ({@code
 *       "2022"} and {@code "2022-12"} are both the full year), or which of the two an assessment
 *       used would depend on the order they were written in;
 *   <li>{@code duplicate-id}: no two projects, and no two teams, have the same id;
 *   <li>{@code unknown-team}: the {@code team} a project or an event names is a team of {@code
 *       teams}.
 * </ul>
 *
 * <p>Each value inside holds to its own rules already ({@link ProjectRules}, {@link RankRules},
 * {@link TeamRules}). What needs the plan, an indicator, a peer, an event kind, a unit or a key
 * direction that must be the plan's, and whether a series of that indicator may be negative,
 * cannot be known here: {@link ObservationChecks} reports it, for the plan the observations are
 * assessed on.
 */
public final class ObservationRules {

  private ObservationRules() {}

  /**
   * Observations as a reader gathers them, before they are one value: the members of {@link
   * Observations}, each missing one empty. The values inside are built, and hold to their own
   * rules; those of the whole are not checked yet.
   */
  public record Parts(LocalDate asOf, Map<String, Map<String, BigDecimal>> series,
      List<LedgerProject> projects, Map<String, Map<String, PeerFigures>> peers,
      Map<String, PublishedRanks> ranks, List<LoggedEvent> events, List<RosterTeam> teams) {

    public Parts {
      requireNonNull(asOf, "'asOf' must not be null");
      series = series == null ? Map.of() : series;
      projects = projects == null ? List.of() : projects;
      peers = peers == null ? Map.of() : peers;
      ranks = ranks == null ? Map.of() : ranks;
      events = events == null ? List.of() : events;
      teams = teams == null ? List.of() : teams;
    }
  }

  /** Every rule the observations break, members in their order; empty when they may be built. */
  public static List<BrokenRule> broken(Parts parts) {
    return new Pass(parts).broken;
  }

  /**
   * The observations, with every rule they break; where they break one, built with stand-ins
   * that keep the rules: a key that is no period, or a period given again, is left out; an id
   * given again stands in as its own pointer ({@code /projects/2/id}); a team no roster team has
   * is left out of its project or event.
   */
  public static Checked<Observations> checked(Parts parts) {
    Pass pass = new Pass(parts);
    Observations.Builder built = Observations.builder().asOf(parts.asOf());
    if (pass.broken.isEmpty()) {
      return new Checked<>(built.series(parts.series()).projects(parts.projects())
          .peers(parts.peers()).ranks(parts.ranks()).events(parts.events()).teams(parts.teams())
          .build(), pass.broken);
    }
    Map<String, Map<String, BigDecimal>> series = new LinkedHashMap<>();
    parts.series().forEach((indicator, values) -> series.put(indicator, without(values,
        pass.leftOut.getOrDefault(JsonPointers.of("series", indicator), Set.of()))));
    List<LedgerProject> projects = new ArrayList<>();
    for (int i = 0; i < parts.projects().size(); i++) {
      LedgerProject project = parts.projects().get(i);
      projects.add(project.withId(pass.keptId(project.id(), "projects", i))
          .withTeam(pass.keptTeam(project.team(), "projects", i)));
    }
    List<LoggedEvent> events = new ArrayList<>();
    for (int i = 0; i < parts.events().size(); i++) {
      LoggedEvent event = parts.events().get(i);
      events.add(event.withTeam(pass.keptTeam(event.team(), "events", i)));
    }
    List<RosterTeam> teams = new ArrayList<>();
    for (int i = 0; i < parts.teams().size(); i++) {
      RosterTeam team = parts.teams().get(i);
      teams.add(team.withId(pass.keptId(team.id(), "teams", i)));
    }
    return new Checked<>(built.series(series).projects(projects)
        .peers(without(parts.peers(), pass.leftOut.getOrDefault("/peers", Set.of())))
        .ranks(without(parts.ranks(), pass.leftOut.getOrDefault("/ranks", Set.of())))
        .events(events).teams(teams).build(), pass.broken);
  }

  private static <V> Map<String, V> without(Map<String, V> map, Set<String> keys) {
    Map<String, V> kept = new LinkedHashMap<>(map);
    kept.keySet().removeAll(keys);
    return kept;
  }

  /**
   * One pass over the parts: the rules broken, in order, and what the stand-ins change, so that
   * {@link #broken} and {@link #checked} cannot disagree on which value breaks a rule.
   */
  private static final class Pass {
    final List<BrokenRule> broken = new ArrayList<>(0);
    /** The pointer of a map → its keys that are left out. */
    final Map<String, Set<String>> leftOut = new HashMap<>();
    /** The pointer of an id given again → the id that stands in for it. */
    final Map<String, String> idStandIns = new HashMap<>();
    /** The pointers of the teams named that no roster team has. */
    final Set<String> unknownTeams = new HashSet<>();

    Pass(Parts parts) {
      parts.series().forEach((indicator, values) ->
          periods(JsonPointers.of("series", indicator), values.keySet()));
      ids("projects", parts.projects(), LedgerProject::id);
      periods("/peers", parts.peers().keySet());
      periods("/ranks", parts.ranks().keySet());
      Set<String> roster = ids("teams", parts.teams(), RosterTeam::id);
      for (int i = 0; i < parts.projects().size(); i++) {
        team(roster, "projects", i, parts.projects().get(i).team());
      }
      for (int i = 0; i < parts.events().size(); i++) {
        team(roster, "events", i, parts.events().get(i).team());
      }
    }

    /**
     * Checks the keys of the map at {@code at}: each a period, none the same period as an
     * earlier one.
     */
    void periods(String at, Set<String> keys) {
      Map<PeriodKey, String> firstKey = new HashMap<>();
      for (String key : keys) {
        String here = JsonPointers.append(at, key);
        Optional<PeriodKey> period = PeriodKey.parse(key);
        if (period.isEmpty()) {
          leave(at, key, new BrokenRule(here.substring(1), "bad-period", "must be a period, YYYY "
              + "(full year) or YYYY-MM (year to date, month 01-12)", "须为时期,YYYY(全年)或YYYY-MM"
              + "(年初至该月累计,月份01-12)", key, "a period key must be YYYY (full year) or YYYY-MM "
              + "(year to date, month 01-12) but was '" + key + "'", "时期须写作YYYY(全年)或YYYY-MM"
              + "(年初至该月累计,月份01-12),实为'" + key + "'"));
          continue;
        }
        String earlier = firstKey.putIfAbsent(period.get(), key);
        if (earlier != null) {
          String there = JsonPointers.append(at, earlier);
          leave(at, key, new BrokenRule(here.substring(1), "duplicate-period", "must not be the "
              + "same period (" + period.get() + ") as '" + there.substring(1) + "'", "不得与'"
              + there.substring(1) + "'是同一时期(" + period.get() + ")", key, "'" + here
              + "' and '" + there + "' are the same period (" + period.get() + "); give it once",
              "'" + here + "'与'" + there + "'是同一时期(" + period.get() + "),只能填一个"));
        }
      }
    }

    private void leave(String at, String key, BrokenRule rule) {
      broken.add(rule);
      leftOut.computeIfAbsent(at, k -> new HashSet<>()).add(key);
    }

    /**
     * Checks that no two of {@code values}, a list of the observations, have the same id; returns
     * the ids, with a stand-in for each id given again (its own pointer, unique).
     */
    <T> Set<String> ids(String list, List<T> values, Function<T, String> id) {
      Map<String, Integer> firstIndex = new HashMap<>();
      List<Integer> repeated = new ArrayList<>(0);
      for (int i = 0; i < values.size(); i++) {
        String given = id.apply(values.get(i));
        Integer earlier = firstIndex.putIfAbsent(given, i);
        if (earlier != null) {
          repeated.add(i);
          String there = list + "/" + earlier;
          broken.add(new BrokenRule(list + "/" + i + "/id", "duplicate-id", "must not repeat the "
              + "id of '" + there + "'", "不得与'" + there + "'的编号重复", given, "'id' must be "
              + "unique but '" + given + "' is also used at /" + there, ObservationFields.zh("id")
              + "须唯一,但'" + given + "'在/" + there + "已使用"));
        }
      }
      Set<String> taken = new HashSet<>(firstIndex.keySet());
      for (int i : repeated) {
        String at = "/" + list + "/" + i + "/id";
        String standIn = at;
        while (!taken.add(standIn)) {
          // A caller's own id happens to be the pointer: another mark makes it unique.
          standIn += "~";
        }
        idStandIns.put(at, standIn);
      }
      return firstIndex.keySet();
    }

    /** Checks that {@code team}, named by item {@code i} of {@code list}, is on the roster. */
    void team(Set<String> roster, String list, int i, Optional<String> team) {
      if (team.isPresent() && !roster.contains(team.get())) {
        String at = list + "/" + i + "/team";
        unknownTeams.add("/" + at);
        broken.add(new BrokenRule(at, "unknown-team", "must name a team of 'teams'",
            "须为" + ObservationFields.zh("teams") + "中的组团", team.get(),
            "'team' must name a team of 'teams' but was '" + team.get() + "'",
            ObservationFields.zh("team") + "须为" + ObservationFields.zh("teams") + "中的组团,实为'"
                + team.get() + "'"));
      }
    }

    /** The id item {@code i} of {@code list} keeps: a stand-in if it gives an earlier one's. */
    String keptId(String id, String list, int i) {
      return idStandIns.getOrDefault("/" + list + "/" + i + "/id", id);
    }

    /** The team item {@code i} of {@code list} keeps: none if the roster has no such team. */
    Optional<String> keptTeam(Optional<String> team, String list, int i) {
      return unknownTeams.contains("/" + list + "/" + i + "/team") ? Optional.empty() : team;
    }
  }
}
