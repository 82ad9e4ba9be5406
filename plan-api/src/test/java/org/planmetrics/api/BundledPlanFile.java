package org.planmetrics.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.planmetrics.model.json.PlanFiles;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;

/**
 * The bundled plan as a plan file's JSON, for the over-HTTP tests that edit it into another
 * county's plan (a new form, a quota, a tier in dollars) and serve it from a folder, as the
 * server reads plan files at start-up.
 */
final class BundledPlanFile {

  private BundledPlanFile() {}

  /** The bundled plan's file as a tree, with {@code id} as its plan id. */
  static ObjectNode renamed(String id) throws IOException {
    ObjectNode plan = (ObjectNode) PlanJson.mapper().readTree(
        PlanFiles.write(BundledPlans.gongqingcheng2022()));
    plan.put("id", id);
    return plan;
  }

  /** The catalog the server makes of {@code plan} written as {@code fileName} in {@code dir}. */
  static PlanCatalog served(Path dir, String fileName, ObjectNode plan) throws IOException {
    Files.writeString(dir.resolve(fileName), PlanJson.mapper().writeValueAsString(plan));
    return PlanCatalog.load(List.of(dir));
  }
}
