package org.planmetrics.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.Plan;
import org.planmetrics.model.json.PlanJson;

/**
 * Scorecard versus Jackson parse of the same observations (13 targets of the bundled plan, series
 * 2021–2024 with year-to-date keys, a seeded ledger of {@code projects} projects).
 *
 * <pre>
 * java -jar plan-bench/target/benchmarks.jar ScorecardBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScorecardBenchmark {

  @Param({"1000", "10000", "100000"})
  public int projects;

  private Assessor assessor;
  private ObjectMapper mapper;
  private byte[] json;
  private Observations observations;

  @Setup
  public void setUp() throws IOException {
    Plan plan = BundledPlans.gongqingcheng2022();
    assessor = Assessor.of(plan);
    mapper = PlanJson.newMapper();
    json = ObservationsGenerator.json(plan, projects, 20221L);
    observations = mapper.readValue(json, Observations.class);
    if (plan.targets().size() != 13) {
      throw new IllegalStateException("expected 13 targets, got " + plan.targets().size());
    }
  }

  @Benchmark
  public Scorecard scorecard() {
    return assessor.scorecard(observations);
  }

  @Benchmark
  public Observations parse() throws IOException {
    return mapper.readValue(json, Observations.class);
  }
}
