package org.planmetrics.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.Indicator;
import org.planmetrics.model.InvestorType;
import org.planmetrics.model.PeerUnit;
import org.planmetrics.model.Plan;
import org.planmetrics.model.json.PlanJson;

/**
 * A deterministic observations document for a plan: a series for every indicator (full years
 * 2021–2023 and year-to-date keys 2022-06, 2023-06, 2024-06), a ledger of {@code projects}
 * projects signed 2021–2024, peer figures and ranks for 2021–2023, and weekly events for every
 * cadence. Same seed and size, same bytes.
 */
public final class ObservationsGenerator {

  public static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  private static final ObjectMapper MAPPER = PlanJson.newMapper();

  private ObservationsGenerator() {}

  /**
   * Writes the document for the bundled plan to standard output, for the HTTP benchmark: {@code
   * java -cp benchmarks.jar org.planmetrics.bench.ObservationsGenerator [projects] [seed]}
   * (defaults 1000 and 20221, the JMH input).
   */
  public static void main(String[] args) throws IOException {
    int projects = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 20221L;
    System.out.write(json(org.planmetrics.model.plans.BundledPlans.gongqingcheng2022(), projects, seed));
    System.out.flush();
  }

  public static byte[] json(Plan plan, int projects, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ObjectNode root = MAPPER.createObjectNode();
    root.put("asOf", AS_OF.toString());
    ObjectNode series = root.putObject("series");
    for (Indicator indicator : plan.indicators()) {
      ObjectNode s = series.putObject(indicator.id());
      double level = 1 + random.nextDouble() * 100;
      for (int year = 2021; year <= 2023; year++) {
        level *= 1 + random.nextDouble() * 0.2;
        s.put(String.valueOf(year), money(level));
        if (year >= 2022) {
          s.put(year + "-06", money(level * 0.45));
        }
      }
      s.put("2024-06", money(level * 0.55));
    }
    ArrayNode ledger = root.putArray("projects");
    InvestorType[] investorTypes = InvestorType.values();
    for (int i = 0; i < projects; i++) {
      ObjectNode p = ledger.addObject();
      LocalDate signed = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(4 * 365 + 1));
      p.put("id", String.format("P-%d-%06d", signed.getYear(), i));
      p.put("signedOn", signed.toString());
      // A third produce, and only projects that started can (the ledger refuses production
      // without a start): of those started, one in two produces.
      if (random.nextInt(3) > 0) {
        p.put("startedOn", signed.plusDays(30 + random.nextInt(200)).toString());
        if (random.nextBoolean()) {
          p.put("producingOn", signed.plusDays(300 + random.nextInt(400)).toString());
        }
      }
      p.put("investment", money(random.nextDouble() < 0.1 ? 100 + random.nextDouble() * 200
          : 1 + random.nextDouble() * 99));
      p.put("industrial", random.nextBoolean());
      p.put("leadingIndustry", random.nextInt(4) == 0);
      p.put("strategicEmerging", random.nextInt(5) == 0);
      ArrayNode types = p.putArray("investorTypes");
      if (random.nextInt(10) == 0) {
        types.add(investorTypes[random.nextInt(investorTypes.length)].name());
      }
    }
    ObjectNode peers = root.putObject("peers");
    ObjectNode ranks = root.putObject("ranks");
    for (int year = 2021; year <= 2023; year++) {
      ObjectNode ofYear = peers.putObject(String.valueOf(year));
      for (PeerUnit unit : plan.peerGroup().units()) {
        ObjectNode f = ofYear.putObject(unit.id());
        f.put("total", money(1 + random.nextDouble() * 10));
        f.put("growth", new BigDecimal(String.format("%.3f", random.nextDouble() * 0.3)));
      }
      int count = plan.peerGroup().units().size();
      ObjectNode r = ranks.putObject(String.valueOf(year));
      r.put("totalRank", 1 + random.nextInt(count));
      r.put("growthRank", 1 + random.nextInt(count));
      r.put("peerCount", count);
    }
    ArrayNode events = root.putArray("events");
    for (CadenceRequirement cadence : plan.cadences()) {
      for (LocalDate d = LocalDate.of(2021, 1, 4); d.isBefore(AS_OF); d = d.plusDays(7)) {
        if (random.nextInt(10) > 0) {
          events.addObject().put("kind", cadence.kind()).put("date", d.toString());
        }
      }
    }
    try {
      return MAPPER.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BigDecimal money(double value) {
    return new BigDecimal(String.format("%.2f", value));
  }
}
