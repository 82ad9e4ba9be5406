package org.planmetrics.api;

import static org.planmetrics.api.JsonResponses.bytes;
import static org.planmetrics.api.JsonResponses.json;
import static org.planmetrics.api.JsonResponses.negotiateLanguage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.function.Supplier;
import org.planmetrics.api.workbook.ObservationsTemplate;
import org.planmetrics.api.workbook.ObservationsWorkbook;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.model.Plan;
import org.planmetrics.model.json.PlanJson;

/**
 * The read-only routes over the plans: {@code GET /health}, {@code /api/v1/plans}, a plan, its
 * targets, its readings, its responsible units and its observations template (.xlsx), for
 * example {@code GET /api/v1/plans/gongqingcheng-2022/units/justice-bureau}. Plan data is written as plan-file JSON,
 * with a {@code <member>Text} in the request's language beside each text (the plan itself as is).
 * Plans do not change while the server runs, so each answer is made once and kept with its ETag
 * ({@link FixedAnswers}); {@code /health} alone is made each time.
 */
final class PlanRoutes {

  /** Builds the views; a copy of the project's mapper, kept to this class. */
  private final ObjectMapper mapper = PlanJson.mapper();
  private final ServedPlans plans;
  /** The answers, each made once: plans do not change while the server runs. */
  private final FixedAnswers answers = new FixedAnswers();

  PlanRoutes(ServedPlans plans) {
    this.plans = plans;
  }

  /** {@code GET /health}: up, and the ids of the plans loaded. */
  void health(Context ctx) {
    ObjectNode body = mapper.createObjectNode().put("status", "UP");
    ArrayNode ids = body.putArray("plans");
    plans.all().forEach(p -> ids.add(p.id()));
    json(ctx, body);
  }

  /** {@code GET /api/v1/plans}: id, titles and window of each plan. */
  void plans(Context ctx) {
    localizedJson(ctx, "plans", () -> {
      ObjectNode body = mapper.createObjectNode();
      ArrayNode list = body.putArray("plans");
      for (Plan plan : plans.all()) {
        ObjectNode entry = list.addObject().put("id", plan.id());
        entry.set("title", mapper.valueToTree(plan.title()));
        entry.set("window", mapper.valueToTree(plan.window()));
        entry.put("windowReading", plan.windowSelection().selected());
      }
      return body;
    });
  }

  /** {@code GET /api/v1/plans/{planId}}: the plan-file JSON as is; it holds both languages. */
  void plan(Context ctx) {
    Plan plan = plans.plan(ctx.pathParam("planId"));
    Language language = negotiateLanguage(ctx);
    answers.answer(ctx, "plan " + plan.id() + " " + language, "application/json",
        () -> bytes(PlanJson.writer(), mapper.valueToTree(plan)));
  }

  /** {@code GET /api/v1/plans/{planId}/targets}: the targets in plan order. */
  void targets(Context ctx) {
    Plan plan = plans.plan(ctx.pathParam("planId"));
    localizedJson(ctx, "targets " + plan.id(), () -> {
      ObjectNode body = mapper.createObjectNode().put("planId", plan.id());
      ArrayNode list = body.putArray("targets");
      plan.targets().forEach(t -> list.add(targetView(plan, t.id())));
      return body;
    });
  }

  /** {@code GET /api/v1/plans/{planId}/targets/{targetId}}. */
  void target(Context ctx) {
    Plan plan = plans.plan(ctx.pathParam("planId"));
    String targetId = ctx.pathParam("targetId");
    if (plan.target(targetId).isEmpty()) {
      throw ApiProblem.notFound(LocalizedText.of("方案'" + plan.id() + "'没有目标'" + targetId
          + "'", "plan '" + plan.id() + "' has no target '" + targetId + "'"));
    }
    localizedJson(ctx, "target " + plan.id() + " " + targetId, () -> targetView(plan, targetId));
  }

  private ObjectNode targetView(Plan plan, String targetId) {
    ObjectNode view = mapper.createObjectNode();
    view.put("goalId", plan.goalOf(targetId).orElseThrow().id());
    view.setAll((ObjectNode) mapper.valueToTree(plan.target(targetId).orElseThrow()));
    return view;
  }

  /**
   * {@code GET /api/v1/plans/{planId}/readings}: the choices the plan file makes that the text does
   * not state, the window's first, each with the targets and cadences that rely on it.
   */
  void readings(Context ctx) {
    // The assessor holds the readings its explanations name, the window's worded once.
    Assessor assessor = plans.assessor(ctx.pathParam("planId"));
    localizedJson(ctx, "readings " + assessor.plan().id(), () -> {
      ObjectNode body = mapper.createObjectNode().put("planId", assessor.plan().id());
      body.set("readings", mapper.valueToTree(assessor.readings()));
      return body;
    });
  }

  /** {@code GET /api/v1/plans/{planId}/units}: the responsible units. */
  void units(Context ctx) {
    Plan plan = plans.plan(ctx.pathParam("planId"));
    localizedJson(ctx, "units " + plan.id(), () -> {
      ObjectNode body = mapper.createObjectNode().put("planId", plan.id());
      ArrayNode list = body.putArray("units");
      plan.units().forEach(u -> list.add(mapper.valueToTree(u)));
      return body;
    });
  }

  /** {@code GET /api/v1/plans/{planId}/units/{unitId}}: the unit and what it answers for. */
  void unit(Context ctx) {
    Plan plan = plans.plan(ctx.pathParam("planId"));
    String unitId = ctx.pathParam("unitId");
    if (plan.unit(unitId).isEmpty()) {
      throw ApiProblem.notFound(LocalizedText.of("方案'" + plan.id() + "'没有责任单位'" + unitId
          + "'", "plan '" + plan.id() + "' has no unit '" + unitId + "'"));
    }
    localizedJson(ctx, "unit " + plan.id() + " " + unitId, () -> {
      ObjectNode view = mapper.valueToTree(plan.unit(unitId).orElseThrow());
      view.set("responsibilities", mapper.valueToTree(plan.responsibilitiesOf(unitId)));
      return view;
    });
  }

  /**
   * {@code GET /api/v1/plans/{planId}/observations-template.xlsx}: the workbook a statistician
   * fills in for the plan ({@link ObservationsTemplate}), to post back to the scorecard.
   */
  void observationsTemplate(Context ctx) {
    Plan plan = plans.plan(ctx.pathParam("planId"));
    ctx.header("Content-Disposition", "attachment; filename=\""
        + ObservationsTemplate.fileName(plan) + "\"");
    answers.answer(ctx, "template " + plan.id(), ObservationsWorkbook.MEDIA_TYPE,
        () -> ObservationsTemplate.write(plan));
  }

  /**
   * Answers with the JSON {@code view} makes, with a {@code <member>Text} beside each text in the
   * request's language, made once for {@code key} and that language.
   */
  private void localizedJson(Context ctx, String key, Supplier<JsonNode> view) {
    Language language = negotiateLanguage(ctx);
    answers.answer(ctx, key + " " + language, "application/json",
        () -> bytes(PlanJson.writer(), Localizer.localize(view.get(), language)));
  }
}
