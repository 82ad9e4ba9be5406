package org.planmetrics.examples;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.bulletin.Bulletins;
import org.planmetrics.metrics.observation.ObservationChecks;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.TeamRanking;
import org.planmetrics.metrics.wording.BulletinText;
import org.planmetrics.metrics.wording.DisplayRounding;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.InvalidPlanException;
import org.planmetrics.model.Language;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.PlanFiles;
import org.planmetrics.model.json.JsonPointers;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.quantity.Commitment;

/**
 * The command-line scorecard: reads observations (a JSON file, or a folder of CSV files), assesses
 * every target of a plan and prints a table or the scorecard JSON; or prints a month's team
 * ranking ({@code --ranking}) or a week's bulletin ({@code --bulletin}).
 *
 * <pre>
 * mvn -B -ntp -q -pl plan-examples exec:java -Dexec.mainClass=org.planmetrics.examples.ScorecardCli \
 *     -Dexec.args="--lang en samples/gongqingcheng-sample.json"
 * </pre>
 *
 * <p>Exit codes: 0 when no ENSURE (确保) target is MISSED or BEHIND, 1 when one is, 2 for bad
 * input, which gets a message naming the file, the line and the field.
 */
public final class ScorecardCli {

  public static final int OK = 0;
  public static final int SHORTFALL = 1;
  public static final int BAD_INPUT = 2;

  static final String USAGE = String.join("\n",
      "Usage: ScorecardCli [options] OBSERVATIONS",
      "",
      "Assesses every target of a plan and prints a scorecard (评估记分卡).",
      "",
      "OBSERVATIONS  an observations .json file, or a folder of CSV files:",
      "              series.csv (indicator,period,value), projects.csv (id,name,signedOn,",
      "              investment,industrial,leadingIndustry,strategicEmerging,investorTypes),",
      "              events.csv (kind,date), ranks.csv (period,totalRank,growthRank,peerCount),",
      "              peers.csv (period,unit,total,growth), teams.csv and tasks.csv;",
      "              see samples/README.md",
      "",
      "Options:",
      "  --lang zh|en          language of the table (default zh)",
      "  --as-of YYYY-MM-DD    assessment date; overrides the JSON file's asOf,",
      "                        and is required for a CSV folder",
      "  --format table|json   a table for people (default) or the Scorecard JSON",
      "  --plan PATH           a plan file for another county (default: the bundled",
      "                        gongqingcheng-2022 plan)",
      "  --ranking YYYY-MM     print that month's team ranking (组团排位) instead",
      "  --bulletin YYYY-Www   print that ISO week's bulletin (招商简讯) instead",
      "  --help                show this help",
      "",
      "Exit codes: 0 no ENSURE (确保) target is MISSED or BEHIND (or the ranking or",
      "bulletin was printed); 1 one is; 2 bad input.",
      "");

  private ScorecardCli() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs the command and returns its exit code; nothing here calls System.exit. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Language lang = Language.ZH;
    LocalDate asOf = null;
    boolean json = false;
    Path planFile = null;
    Path input = null;
    YearMonth rankingMonth = null;
    int[] bulletinWeek = null;
    try {
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        String value = null;
        String name = arg;
        if (arg.startsWith("--") && arg.contains("=")) {
          name = arg.substring(0, arg.indexOf('='));
          value = arg.substring(arg.indexOf('=') + 1);
        }
        switch (name) {
          case "--help":
          case "-h":
            out.print(USAGE);
            return OK;
          case "--lang":
            value = value != null ? value : next(args, ++i, name);
            if (!value.equals("zh") && !value.equals("en")) {
              throw new IllegalArgumentException("--lang must be zh or en but was '" + value
                  + "'");
            }
            lang = value.equals("en") ? Language.EN : Language.ZH;
            break;
          case "--as-of":
            value = value != null ? value : next(args, ++i, name);
            try {
              asOf = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
              throw new IllegalArgumentException("--as-of must be a date YYYY-MM-DD but was '"
                  + value + "'");
            }
            break;
          case "--format":
            value = value != null ? value : next(args, ++i, name);
            if (!value.equals("table") && !value.equals("json")) {
              throw new IllegalArgumentException("--format must be table or json but was '"
                  + value + "'");
            }
            json = value.equals("json");
            break;
          case "--ranking":
            value = value != null ? value : next(args, ++i, name);
            try {
              rankingMonth = YearMonth.parse(value);
            } catch (DateTimeParseException e) {
              throw new IllegalArgumentException("--ranking must be a month YYYY-MM but was '"
                  + value + "'");
            }
            break;
          case "--bulletin":
            value = value != null ? value : next(args, ++i, name);
            if (!value.matches("\\d{4}-W\\d{2}")) {
              throw new IllegalArgumentException("--bulletin must be an ISO week YYYY-Www, "
                  + "for example 2024-W23, but was '" + value + "'");
            }
            bulletinWeek = new int[] {Integer.parseInt(value.substring(0, 4)),
                Integer.parseInt(value.substring(6))};
            break;
          case "--plan":
            planFile = Path.of(value != null ? value : next(args, ++i, name));
            break;
          default:
            if (arg.startsWith("-")) {
              throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
            if (input != null) {
              throw new IllegalArgumentException("one observations file or folder, but had '"
                  + input + "' and '" + arg + "'");
            }
            input = Path.of(arg);
        }
      }
      if (input == null) {
        throw new IllegalArgumentException("missing the observations file or CSV folder");
      }
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println("Run with --help for usage.");
      return BAD_INPUT;
    }

    Plan plan;
    try {
      plan = planFile == null ? BundledPlans.gongqingcheng2022() : PlanFiles.load(planFile);
    } catch (InvalidPlanException | UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return BAD_INPUT;
    }

    Observations observations;
    Function<Violation, String> where;
    try {
      if (Files.isDirectory(input)) {
        if (asOf == null) {
          throw new ScorecardInputException(input, 0, "option --as-of",
              "CSV files carry no assessment date; give one with --as-of YYYY-MM-DD");
        }
        ObservationsCsv.Result result = ObservationsCsv.read(input, asOf);
        observations = result.observations();
        Path folder = input;
        where = v -> result.locate(v.path()).map(ObservationsCsv.Source::toString)
            .orElse(folder.toString()) + ": [" + v.rule() + "] " + v.message()
            + " (at " + v.path() + ")";
      } else {
        byte[] bytes = readAll(input);
        observations = readJson(input, bytes);
        if (asOf != null) {
          observations = observations.withAsOf(asOf);
        }
        Map<String, JsonLocation> locations = locations(bytes);
        Path file = input;
        where = v -> file + locate(locations, v.path()) + ": field '" + v.path() + "': ["
            + v.rule() + "] " + v.message();
      }
    } catch (ScorecardInputException e) {
      err.println("error: " + e.getMessage());
      return BAD_INPUT;
    }

    List<Violation> violations = ObservationChecks.violations(observations, plan);
    if (!violations.isEmpty()) {
      violations.forEach(v -> err.println("error: " + where.apply(v)));
      return BAD_INPUT;
    }

    try {
      if (rankingMonth != null) {
        TeamRanking ranking = Assessor.of(plan).teamRanking(observations, rankingMonth);
        out.println(lang == Language.EN
            ? "Team ranking for " + rankingMonth + " (time progress "
                + DisplayRounding.percent(ranking.timeProgress()) + ")"
            : rankingMonth.getYear() + "年" + rankingMonth.getMonthValue() + "月组团排位(时间进度"
                + DisplayRounding.percent(ranking.timeProgress()) + ")");
        Language language = lang;
        ranking.teams().forEach(t -> out.println(t.summary().in(language)));
        return OK;
      }
      if (bulletinWeek != null) {
        out.print(BulletinText.plain(Bulletins.weekly(plan, observations, bulletinWeek[0],
            bulletinWeek[1])).in(lang));
        return OK;
      }
    } catch (InvalidArgumentException e) {
      err.println("error: " + e.getMessage());
      return BAD_INPUT;
    }

    Scorecard card = Assessor.of(plan).scorecard(observations);
    if (json) {
      try {
        out.println(PlanJson.writer().withDefaultPrettyPrinter()
            .writeValueAsString(card));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("a scorecard always serializes", e);
      }
    } else {
      ScorecardTable.print(plan, card, lang, out);
    }
    return exitCode(card);
  }

  /** 1 when an ENSURE (确保) target is MISSED or BEHIND, otherwise 0. */
  public static int exitCode(Scorecard card) {
    return card.assessments().stream().anyMatch(a -> a.commitment() == Commitment.ENSURE
        && a.status().isShortfall()) ? SHORTFALL : OK;
  }

  private static String next(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static byte[] readAll(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ScorecardInputException(file, 0, "", "cannot be read: " + e);
    }
  }

  /** Reads observations JSON, naming the line, column and JSON Pointer of any problem. */
  static Observations readJson(Path file, byte[] bytes) {
    try {
      return PlanJson.reader().forType(Observations.class).readValue(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      String pointer = e instanceof JsonMappingException
          ? JsonPointers.of((JsonMappingException) e) : JsonPointers.ROOT;
      String field = (location == null ? "" : "column " + location.getColumnNr())
          + (pointer.isEmpty() ? "" : ", field '" + pointer + "'");
      String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
      throw new ScorecardInputException(file, location == null ? 0 : location.getLineNr(),
          field, (malformed(e) ? "malformed JSON: " : "") + message);
    } catch (IOException e) {
      throw new ScorecardInputException(file, 0, "", "cannot be read: " + e);
    }
  }

  /** Whether the text is not JSON at all, rather than JSON of the wrong shape. */
  private static boolean malformed(JsonProcessingException e) {
    return e instanceof StreamReadException || e.getCause() instanceof StreamReadException;
  }

  /** The location of every JSON Pointer in a document, for reporting checks by line. */
  private static Map<String, JsonLocation> locations(byte[] bytes) {
    Map<String, JsonLocation> locations = new HashMap<>();
    try (JsonParser parser = PlanJson.reader().createParser(bytes)) {
      while (parser.nextToken() != null) {
        locations.putIfAbsent(JsonPointers.of(parser),
            parser.currentTokenLocation());
      }
    } catch (IOException e) {
      // Already read once; a second failure leaves the messages without lines.
    }
    return locations;
  }

  private static String locate(Map<String, JsonLocation> locations, String pointer) {
    String at = pointer;
    while (true) {
      JsonLocation location = locations.get(at);
      if (location != null) {
        return ":" + location.getLineNr() + ":" + location.getColumnNr();
      }
      if (at.isEmpty()) {
        return "";
      }
      at = at.substring(0, at.lastIndexOf('/'));
    }
  }
}
