package org.planmetrics.api.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.model.Plan;
import org.planmetrics.model.plans.BundledPlans;

/**
 * {@code samples/gongqingcheng-sample.xlsx}, the template filled in with the sample figures,
 * holds the same observations as {@code samples/gongqingcheng-sample.json}, read from the file
 * as the command line reads it.
 */
class SampleWorkbookFileTest {

  private static final Path FILE = Path.of("..", "samples", "gongqingcheng-sample.xlsx");

  @Test
  void theSampleWorkbookHoldsTheObservationsOfTheSampleJson() throws IOException {
    Plan plan = BundledPlans.gongqingcheng2022();
    Observations read;
    try (InputStream in = Files.newInputStream(FILE)) {
      read = ObservationsWorkbook.read(in, plan, WorkbookLimits.defaults());
    }
    assertThat(read).isEqualTo(SampleWorkbook.normalized(SampleWorkbook.sample()));
    assertThat(read.projects()).hasSize(13);
  }
}
