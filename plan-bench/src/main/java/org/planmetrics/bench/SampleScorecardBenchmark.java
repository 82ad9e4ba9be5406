package org.planmetrics.bench;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.planmetrics.model.json.PlanJson;

/**
 * Scorecard versus Jackson parse of the repository's sample observations, the small bodies a
 * county system posts (774 bytes and 11 KB), where the fixed cost of a scorecard (13 targets, 9
 * cadences, the sentences) matters more than the ledger. Run from the repository's root, which
 * the sample paths are relative to:
 *
 * <pre>
 * java -jar plan-bench/target/benchmarks.jar SampleScorecardBenchmark -f 1 -wi 5 -i 5 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SampleScorecardBenchmark {

  @Param({"samples/observations-example.json", "samples/gongqingcheng-sample.json"})
  public String sample;

  private Assessor assessor;
  private ObjectReader reader;
  private byte[] json;
  private Observations observations;

  @Setup
  public void setUp() throws IOException {
    assessor = Assessor.of(BundledPlans.gongqingcheng2022());
    reader = PlanJson.reader().forType(Observations.class);
    json = Files.readAllBytes(Path.of(sample));
    observations = reader.readValue(json);
  }

  @Benchmark
  public Scorecard scorecard() {
    return assessor.scorecard(observations);
  }

  @Benchmark
  public Observations parse() throws IOException {
    return reader.readValue(json);
  }
}
